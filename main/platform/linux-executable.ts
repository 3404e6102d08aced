/** The Linux executable's name (electron-builder.yml linux.executableName), also the icon's and the autostart file's. */
export const LINUX_EXECUTABLE = 'video-meetings-tray';
