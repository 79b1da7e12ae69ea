// Preloaded into the builder's process by bench/build.ts: reports the process's peak resident
// memory (kilobytes, from the kernel's own accounting) on stderr as it exits.
process.on('exit', () => {
  process.stderr.write(`\nrole-hub-bench maxRSS=${process.resourceUsage().maxRSS}\n`);
});
