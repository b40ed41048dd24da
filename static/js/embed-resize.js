/*
 * Newsmap embed resizer — for the page that hosts Newsmap embeds (see docs/api.md).
 *
 *   <script src="https://NEWSMAP-HOST/embed/resize.js" async></script>
 *
 * Each Newsmap iframe posts {type: "newsmap:height", height} when its content changes height;
 * this sets that iframe's height to match. It recognises the iframe by the message's source
 * window and checks the message comes from the iframe's own origin, so any number of embeds
 * (and other sites' iframes) can share the page. Including it twice is harmless. Without it
 * the iframe keeps the height written in its snippet.
 *
 * The snippet loads this script async, so an embed may have posted its height before the
 * listener existed; on load it therefore asks every frame on the page to report again
 * ({type: "newsmap:measure"}, which other sites' frames ignore).
 */
(function () {
  "use strict";
  if (window.newsmapEmbedResize) return;
  window.newsmapEmbedResize = true;

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "newsmap:height") return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      try {
        if (new URL(frame.src, document.baseURI).origin !== event.origin) return;
      } catch (error) {
        return;
      }
      frame.style.height = height + "px";
      frame.setAttribute("height", String(height));
      return;
    }
  });

  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({ type: "newsmap:measure" }, "*");
    }
  }
})();
