import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rssBreakdown } from '../../../main/bench/rss-breakdown.js';

const SMAPS = `00400000-00c00000 r-xp 00000000 08:01 123 ${process.execPath}
Size:               8192 kB
Rss:                4096 kB
7f0000000000-7f0000100000 rw-p 00000000 00:00 0
Rss:                1024 kB
01000000-02000000 rw-p 00000000 00:00 0                                  [heap]
Rss:                2048 kB
7f1000000000-7f1000010000 r-xp 00000000 08:01 456                        /usr/lib/x86_64-linux-gnu/libsecret-1.so.0.0.0
Rss:                 512 kB
7f2000000000-7f2000010000 r-xp 00000000 08:01 789                        /app/node_modules/@github/keytar/build/Release/keytar.node
Rss:                 256 kB
7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0                          [stack]
Rss:                 128 kB
7f3000000000-7f3000001000 r--p 00000000 08:01 999                        /usr/share/zoneinfo/Europe/Oslo
Rss:                   4 kB
`;

describe('rssBreakdown (the soak report)', () => {
  it('sums resident memory by what is mapped', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vmt-smaps-')), 'smaps');
    writeFileSync(path, SMAPS);
    expect(rssBreakdown(path)).toEqual({ nodeBinaryMb: 4, sharedLibrariesMb: 0.5, addonsMb: 0.25, cHeapMb: 2, anonymousMb: 1.125, otherMb: 4 / 1024 });
  });

  it('says nothing where there is no /proc', () => {
    expect(rssBreakdown('/nonexistent/smaps')).toBeUndefined();
  });
});
