// Keeps only the KERN UX rules whose classes appear in the platform's templates, Python and JavaScript.
// PurgeCSS drops `:is(body, …):not([class*=kern-level-])`, which sets KERN's colour variables for the
// page; the body therefore carries `kern-layer kern-level-0`, whose rule sets the same variables.
// Classes a template puts together from parts are kept by the safelist below; add to it when a template
// builds a new class name from a variable (e.g. "kern-badge--{{ kind }}").
module.exports = {
  content: [
    "src/netzwerk/**/templates/**/*.html",
    "src/netzwerk/**/templates/**/*.txt",
    "src/netzwerk/**/*.py",
    // The apps' own scripts; not static/vendor, whose htmx and axe-core name every class they know.
    "src/netzwerk/*/static/**/*.js",
  ],
  safelist: {
    standard: [
      /^kern-alert--/,
      /^kern-badge--/,
      /^kern-form-check__/,
      /^kern-icon--(info|success|warning|danger)$/,
    ],
  },
  // Keep every custom property, keyframe and font face: they are cheap and referenced indirectly.
  variables: false,
  keyframes: false,
  fontFace: false,
};
