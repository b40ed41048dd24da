/*
 * The story page's Embed dialog: options in, the snippet to paste out, and a copy button.
 *
 * The snippet is always the server's (the oEmbed answer for the embed URL the options make),
 * so the dialog, oEmbed consumers and the first snippet rendered in the page never disagree,
 * and the story title is escaped once, in Python.
 */
(function () {
  "use strict";

  const settings = JSON.parse(document.getElementById("embed-settings").textContent);
  const dialog = document.getElementById("embed-dialog");
  const opener = document.getElementById("embed-open");
  const form = document.getElementById("embed-options");
  const snippet = document.getElementById("embed-snippet");
  const copyStatus = document.getElementById("embed-copy-status");
  let latest = 0;

  /** The embed URL the chosen options make; defaults are left out, as the server does. */
  function embedUrl() {
    const data = new FormData(form);
    const url = new URL(settings.embedUrl);
    if (data.get("view") !== "map") url.searchParams.set("view", data.get("view"));
    const height = Number(data.get("height"));
    if (height && height !== Number(form.elements.height.defaultValue)) {
      url.searchParams.set("height", String(height));
    }
    if (!data.get("interactive")) url.searchParams.set("interactive", "0");
    if (data.get("basemap") && data.get("basemap") !== "default") {
      url.searchParams.set("basemap", data.get("basemap"));
    }
    const filters = document.getElementById("filters");
    if (data.get("filtered") && filters) {
      const chosen = new FormData(filters);
      for (const [name, option] of [["start", "from"], ["end", "to"], ["place", "place"]]) {
        if (chosen.get(name)) url.searchParams.set(option, chosen.get(name));
      }
    }
    return url.toString();
  }

  async function refresh() {
    const request = ++latest;
    const query = new URLSearchParams({ url: embedUrl(), format: "json" });
    const response = await fetch(settings.oembedUrl + "?" + query.toString());
    if (!response.ok || request !== latest) return;
    const answer = await response.json();
    if (request !== latest) return;
    snippet.value = answer.html;
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet.value);
    } catch (error) {
      snippet.select();
      document.execCommand("copy");
    }
    copyStatus.textContent = "Copied.";
  }

  opener.hidden = false;
  opener.addEventListener("click", () => {
    copyStatus.textContent = "";
    dialog.showModal();
    refresh();
  });
  form.addEventListener("change", refresh);
  form.addEventListener("input", refresh);
  document.getElementById("embed-copy").addEventListener("click", copy);
})();
