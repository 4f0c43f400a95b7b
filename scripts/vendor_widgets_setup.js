// Served as _static/html-manager/widgets-setup.js on pages with widgets,
// after require.js and before the widget manager (embed-amd.js).
(function () {
  "use strict";
  // 1. The manager fetches its own files (Font Awesome fonts) next to the
  //    module URL that require.js gives it, by default the page's folder.
  //    Point require.js at this folder, laid out like the npm package.
  var here = document.currentScript.src.replace(/[^\/]*([?#].*)?$/, "");
  window.require.config({
    paths: {"@jupyter-widgets": here + "@jupyter-widgets"}
  });

  // 2. Widgets typeset their labels with MathJax 2's MathJax.Hub.Queue;
  //    the site runs MathJax 3.  Give MathJax 3 that one call.
  function hub(mathjax) {
    return {
      Queue: function (job) {
        var element = job && job[2];
        mathjax.startup.promise.then(function () {
          return mathjax.typesetPromise(element ? [element] : undefined);
        }).catch(function (error) {
          console.warn("MathJax could not typeset a widget:", error);
        });
      }
    };
  }
  // 3. Slider handles (noUiSlider) get the widget's description as their
  //    accessible name (axe-core: aria-input-field-name).
  function nameSliders() {
    var handles = document.querySelectorAll(".noUi-handle:not([aria-label])");
    Array.prototype.forEach.call(handles, function (handle) {
      var box = handle.closest(".widget-slider, .jupyter-widgets");
      var label = box && box.querySelector(".widget-label");
      var text = label && label.textContent.trim();
      handle.setAttribute("aria-label", text || "slider");
    });
  }
  // 4. An Image widget (e.g. an explorer's plot) has no alt text of its
  //    own: describe it by the controls around it (axe-core: image-alt).
  function describeImages() {
    var images = document.querySelectorAll("img.widget-image:not([alt])");
    Array.prototype.forEach.call(images, function (img) {
      var box = img.closest(".jupyter-widgets") || img.parentNode;
      var labels = Array.prototype.map.call(
        box.querySelectorAll(".widget-label, .widget-readout"),
        function (e) { return e.textContent.trim(); }
      ).filter(Boolean);
      img.setAttribute("alt", "Plot of the interactive explorer" +
        (labels.length ? " (" + labels.join(" ") + ")" : "") +
        "; run the notebook to change it.");
    });
  }
  new MutationObserver(function () {
    nameSliders();
    describeImages();
  }).observe(document.documentElement, {childList: true, subtree: true});

  var config = window.MathJax;
  if (config && config.version) {  // MathJax 3 already running
    config.Hub = config.Hub || hub(config);
  } else if (config) {  // MathJax 3 loads later (defer): hook its startup
    config.startup = config.startup || {};
    var ready = config.startup.ready;
    config.startup.ready = function () {
      if (ready) {
        ready();
      } else {
        window.MathJax.startup.defaultReady();
      }
      window.MathJax.Hub = hub(window.MathJax);
    };
  }
})();
