import { css } from 'lit';

/** The status dot (`<span class="dot" data-status=…>`): grey idle, green connected, amber pulsing connecting, red problem. */
export const statusDots = css`
  .dot {
    flex: none;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--vmt-status-idle);
  }
  .dot[data-status='connected'] {
    background: var(--vmt-status-connected);
  }
  .dot[data-status='connecting'] {
    background: var(--vmt-status-connecting);
  }
  .dot[data-status='error'],
  .dot[data-status='needs-reauth'] {
    background: var(--vmt-status-error);
  }
  @media (prefers-reduced-motion: no-preference) {
    .dot[data-status='connecting'] {
      animation: pulse var(--vmt-pulse-duration) ease-in-out infinite;
    }
  }
  @keyframes pulse {
    0%,
    100% {
      opacity: 1;
      box-shadow: 0 0 0 0 color-mix(in srgb, var(--vmt-status-connecting) 55%, transparent);
    }
    50% {
      opacity: 0.55;
      box-shadow: 0 0 0 4px color-mix(in srgb, var(--vmt-status-connecting) 0%, transparent);
    }
  }
`;
