import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Clock ticks per second of /proc CPU times (USER_HZ); 100 on practically every Linux. */
const TICKS_PER_SECOND = ((): number => {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(value) && value > 0 ? value : 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time (user + system, all threads) another process has used so far, in milliseconds, from
 * /proc/<pid>/stat. Linux only; the resolution is one clock tick (10 ms).
 */
export function processCpuMs(pid: number, options: { reapedChildren?: boolean } = {}): number {
  const fields = statFields(pid);
  // After comm, field 3 (state) is index 0, so utime (14) and stime (15) are indexes 11 and 12,
  // cutime (16) and cstime (17), the CPU of children it has waited for, 13 and 14.
  const own = [fields[11], fields[12]];
  const children = options.reapedChildren ? [fields[13], fields[14]] : [];
  const ticks = [...own, ...children].map(Number);
  if (ticks.some((t) => !Number.isFinite(t))) throw new Error(`unreadable /proc/${pid}/stat`);
  return (ticks.reduce((sum, t) => sum + t, 0) * 1000) / TICKS_PER_SECOND;
}

/** The kernel's part of `processCpuMs` (system time, all threads), in milliseconds. */
export function processSystemCpuMs(pid: number): number {
  const ticks = Number(statFields(pid)[12]);
  if (!Number.isFinite(ticks)) throw new Error(`unreadable /proc/${pid}/stat`);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Field 2 (comm) is parenthesised and may contain spaces: count fields after its closing ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** Live child processes of `pid` (scans /proc: /proc/<pid>/task/<tid>/children is per thread). */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 (ppid) is index 1 after comm.
      if (Number(statFields(Number(entry))[1]) === pid) children.push(Number(entry));
    } catch {
      // Gone between listing and reading.
    }
  }
  return children;
}

/** Current resident set size of a process and all its descendants, in MiB. */
export function treeRssMiB(pid: number): number {
  let total = rssMiB(pid);
  for (const child of childPids(pid)) {
    try {
      total += treeRssMiB(child);
    } catch {
      // Exited meanwhile.
    }
  }
  return total;
}

/** Peak resident set size (VmHWM) of a process so far, in MiB, from /proc/<pid>/status. */
export function peakRssMiB(pid: number): number {
  return statusKiB(pid, 'VmHWM') / 1024;
}

/** Current resident set size (VmRSS) of a process, in MiB, from /proc/<pid>/status. */
export function rssMiB(pid: number): number {
  return statusKiB(pid, 'VmRSS') / 1024;
}

function statusKiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]);
}

/** CPU time all processes on the machine have used since boot, in milliseconds (/proc/stat). */
export function machineBusyCpuMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  // cpu  user nice system idle iowait irq softirq steal ...: busy is everything but idle and iowait.
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const busy = ticks.reduce(
    (sum, value, index) => (index === 3 || index === 4 ? sum : sum + (value || 0)),
    0,
  );
  return (busy * 1000) / TICKS_PER_SECOND;
}

/**
 * The process listening on TCP `port` of this machine (e.g. a local Neo4j), from /proc/net/tcp{,6}
 * and the sockets in /proc/<pid>/fd; undefined when none is visible (another host, another user).
 */
export function listeningPid(port: number): number | undefined {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      // sl local_address rem_address st ... inode: state 0A is LISTEN, the inode is field 10.
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A' && fields[9]) inodes.add(fields[9]);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        if (target.startsWith('socket:[') && inodes.has(target.slice(8, -1))) return Number(entry);
      } catch {
        // Closed or gone between listing and reading.
      }
    }
  }
  return undefined;
}
