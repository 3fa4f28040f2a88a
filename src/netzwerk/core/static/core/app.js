// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to the error summary so screen-reader users hear at once what went wrong.
  const summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
  // Disclosures that phones keep closed (the directory's filter) stand open on wide screens.
  const wide = window.matchMedia("(min-width: 62em)");
  const openOnWideScreens = () => {
    for (const disclosure of document.querySelectorAll("details[data-open-wide]")) {
      if (wide.matches) {
        disclosure.open = true;
      }
    }
  };
  openOnWideScreens();
  wide.addEventListener("change", openOnWideScreens);
});
