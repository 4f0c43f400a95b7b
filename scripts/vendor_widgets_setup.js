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
