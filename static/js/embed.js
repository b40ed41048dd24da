/*
 * The embed's side of resizing: tell the host page how tall the embed's content is.
 *
 * Posts {type: "newsmap:height", height} to the parent whenever the content's height changes;
 * the host's /embed/resize.js (optional) sets the iframe to it. The height is that of
 * #embed-root, not of the document: a document is never shorter than its iframe, so measuring
 * it could grow an iframe but never shrink it. The message says nothing but a number, so it
 * goes to any parent origin. The host's script, loaded async, may start listening after the
 * first report: it then asks ({type: "newsmap:measure"}) and gets the height again.
 */
(function () {
  "use strict";

  const root = document.getElementById("embed-root");
  let reported = 0;

  function reportHeight(force) {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === reported && force !== true) return;
    reported = height;
    document.documentElement.dataset.embedHeight = String(height);
    if (window.parent !== window) {
      window.parent.postMessage({ type: "newsmap:height", height: height }, "*");
    }
  }

  new ResizeObserver(() => reportHeight()).observe(root);
  window.addEventListener("load", () => reportHeight());
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && event.data && event.data.type === "newsmap:measure") {
      reportHeight(true);
    }
  });
  reportHeight();

  // Without a map (view=timeline), open on the requested event by scrolling the chronology.
  const eventId = JSON.parse(document.getElementById("embed-event").textContent);
  if (eventId !== null && !document.getElementById("map-settings")) {
    const item = document.getElementById("event-" + eventId);
    const panel = item && item.closest("[data-scroll-panel]");
    if (item && panel) {
      item.classList.add("is-selected");
      panel.scrollTop += item.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    }
  }
})();
