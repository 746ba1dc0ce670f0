// Remembers the dark-mode choice per browser.
window.conflictTrackerTheme = {
  get: () => localStorage.getItem("ct-dark-mode"),
  set: (value) => localStorage.setItem("ct-dark-mode", value ? "true" : "false"),
};
