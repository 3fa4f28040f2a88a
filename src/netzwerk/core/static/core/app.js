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

// Long checkbox lists (languages, municipalities) get a search box that hides the options not matching
// what is typed; ticked options always stay visible. Without JavaScript the full list is shown.
document.addEventListener("DOMContentLoaded", () => {
  for (const list of document.querySelectorAll("[data-choice-filter]")) {
    const search = document.createElement("input");
    search.type = "search";
    search.className = "kern-form-input__input choice-filter";
    search.placeholder = list.dataset.choiceFilter;
    search.setAttribute("aria-label", list.dataset.choiceFilter);
    search.addEventListener("input", () => {
      const wanted = search.value.trim().toLocaleLowerCase();
      for (const option of list.querySelectorAll(".kern-form-check")) {
        const ticked = option.querySelector("input")?.checked;
        option.hidden = Boolean(wanted) && !ticked && !option.textContent.toLocaleLowerCase().includes(wanted);
      }
    });
    // Enter in the search box filters; it must not submit the whole form.
    search.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
      }
    });
    list.before(search);
  }
});
