// Preloaded (`node --require`) into every step of a site build (the snapshot writer, astro build):
// a step whose build process is gone (killed outright: the job's time-limit backstop, the
// out-of-memory killer) exits within a second, instead of writing on while the next build runs.
// Plain CommonJS, so that it loads before any loader, in any step.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) process.exit(1)
}, 500).unref()
