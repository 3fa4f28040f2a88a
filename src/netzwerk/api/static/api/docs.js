// Starts Swagger UI with the settings the server rendered as JSON. A file, not an inline script, because
// the Content Security Policy allows scripts from this site only.
document.addEventListener("DOMContentLoaded", () => {
  const settingsElement = document.getElementById("swagger-settings");
  const container = document.getElementById("swagger-ui");
  if (!settingsElement || !container || typeof window.SwaggerUIBundle === "undefined") {
    return;
  }

  // Swagger UI renders a few controls that assistive technology cannot name or reach; repair them as
  // they appear, since Swagger UI re-renders whenever an operation is opened.
  const labelFor = (control) => {
    const row = control.closest("tr");
    const name = row && row.querySelector(".parameter__name");
    return name ? name.textContent.replace("*", "").trim() : container.dataset.selectLabel;
  };
  const repair = () => {
    container.querySelectorAll("select:not([aria-label]):not([id])").forEach((select) => {
      select.setAttribute("aria-label", labelFor(select));
    });
    container.querySelectorAll(".copy-to-clipboard button:not([aria-label])").forEach((button) => {
      button.setAttribute("aria-label", container.dataset.copyLabel);
    });
    container.querySelectorAll("pre:not([tabindex])").forEach((block) => {
      // Code examples scroll sideways; keyboard users must be able to focus them to scroll.
      block.setAttribute("tabindex", "0");
    });
  };
  new MutationObserver(repair).observe(container, { childList: true, subtree: true });

  const config = JSON.parse(settingsElement.textContent);
  config.dom_id = "#swagger-ui";
  config.presets = [window.SwaggerUIBundle.presets.apis];
  window.SwaggerUIBundle(config);
});
