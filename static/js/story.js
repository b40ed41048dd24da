/*
 * The story page: draws the story's places on the folium map and keeps map and chronology in step.
 *
 * folium creates the Leaflet map under a generated global name; the page's settings blob
 * (#map-settings) names it, and this script republishes it as window.newsmap.map. The map's
 * data (settings.dataUrl) is one GeoJSON feature per place with its figures ([events, happened,
 * denied, main line]) and the routes of the people who travel; a place's events are fetched
 * when its popup opens (settings.placeEventsUrl), so a story of 100,000 events costs what its
 * places cost. Every piece of article text reaches the DOM through textContent, never as HTML.
 *
 * Framing follows the story: the map fits the main line's places (not background places, not
 * country-wide pins), refits to what the filters leave, flies to a selected event and opens its
 * popup once it has arrived (so the popup's own pan does not cancel the flight), and Play steps
 * through the main line of the chronology, loading its next page when needed.
 *
 * The embed runs this same script: settings.interactive === false makes the map a picture,
 * settings.eventId opens it on one event. The place page sets settings.placeId: one place only.
 */
(function () {
  "use strict";

  document.documentElement.classList.add("js");
  const settings = JSON.parse(document.getElementById("map-settings").textContent);
  const map = window[settings.leafletName];
  const newsmap = (window.newsmap = window.newsmap || {});
  newsmap.map = map;

  const PLAY_INTERVAL_MS = 2500;
  const MAX_ARROWS = 200;
  const FLY_SECONDS = 0.6;
  const ZOOM_BY_KIND = { country: 5, region: 7, water: 8, strait: 8, river: 8 };
  const STEP_ZOOM = 10;
  const wideLayout = window.matchMedia("(min-width: 60rem)");
  const interactive = settings.interactive !== false;
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  const state = {
    places: new Map(), // place id -> {id, name, kind, status, radiusKm, latlng, counts, shown, marker, circle}
    routes: [],
    visible: null, // place id -> counts under the filters, or null for the story's own counts
    resultElement: null,
    mainTotal: 0,
    step: -1,
    timer: null,
    popupCache: new Map(),
  };

  let markerLayer = null;
  const circleLayer = L.layerGroup().addTo(map);
  const routeLayer = L.layerGroup().addTo(map);

  // ---- helpers ------------------------------------------------------------------------------

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function announce(text) {
    const region = document.getElementById("announcer");
    if (!region) return;
    region.textContent = "";
    window.requestAnimationFrame(() => { region.textContent = text; });
  }

  function listItem(eventId) {
    return document.getElementById("event-" + eventId);
  }

  function countsOf(place) {
    if (state.visible === null) return place.counts;
    return state.visible[place.id] || [0, 0, 0, 0];
  }

  /** The query string of the reader's filters (what the chronology shows), without paging. */
  function filterQuery() {
    const params = new URLSearchParams(location.search);
    params.delete("page");
    params.delete("event");
    params.delete("section");
    return params.toString();
  }

  function nextSettle() {
    return new Promise((resolve) => {
      const done = () => { clearTimeout(timer); resolve(); };
      const timer = setTimeout(done, 8000);
      document.body.addEventListener("htmx:afterSettle", done, { once: true });
    });
  }

  /** Scroll a list item into view: within its panel in an embed (never the host page). */
  function reveal(item, block) {
    const panel = item.closest("[data-scroll-panel]");
    if (!panel) {
      item.scrollIntoView({ block: block, behavior: reducedMotion ? "auto" : "smooth" });
      return;
    }
    const offset = item.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    if (block === "start" || offset < 0 || offset > panel.clientHeight - item.offsetHeight) {
      panel.scrollTo({ top: panel.scrollTop + offset, behavior: "smooth" });
    }
  }

  /** The list item of an event: the server renders the page holding it (`?event=`). */
  async function ensureListed(eventId) {
    const item = listItem(eventId);
    if (item || !window.htmx || !document.getElementById("chronology")) return item;
    const query = filterQuery();
    const url = settings.storyUrl + "?" + (query ? query + "&" : "") + "event=" + eventId;
    const settled = nextSettle();
    window.htmx.ajax("GET", url, { target: "#chronology", swap: "outerHTML" });
    await settled;
    return listItem(eventId);
  }

  // ---- basemap without tiles ------------------------------------------------------------------

  /** Natural Earth's coasts and borders under the tiles: geography even when tiles fail. */
  function drawOutline() {
    if (!settings.basemapUrl || !window.topojson) return;
    map.createPane("nm-basemap").style.zIndex = 150;
    const renderer = L.canvas({ pane: "nm-basemap", padding: 0.2 });
    fetch(settings.basemapUrl).then((r) => r.json()).then((world) => {
      const land = window.topojson.feature(world, world.objects.countries);
      const centre = map.getCenter().lng;
      const offsets = [0].concat(centre > 90 ? [360] : centre < -90 ? [-360] : []);
      for (const offset of offsets) {
        L.geoJSON(land, {
          renderer: renderer, pane: "nm-basemap", interactive: false,
          coordsToLatLng: (c) => L.latLng(c[1], c[0] + offset),
          style: { color: "#a9a394", weight: 0.7, fillColor: "#f2efe6", fillOpacity: 1 },
        }).addTo(map);
      }
    }).catch(() => {});
  }

  // ---- drawing ------------------------------------------------------------------------------

  function markerKind(counts) {
    const [total, happened, denied] = counts;
    if (happened > 0) return "occurred";
    if (total > 0 && denied === total) return "denied";
    return "uncertain";
  }

  function markerIcon(kind) {
    return L.divIcon({
      className: "nm-marker nm-marker--" + kind,
      iconSize: [18, 18],
      iconAnchor: [9, 9],
      popupAnchor: [0, -10],
    });
  }

  /** A longitude moved to within 180° of the map's centre: a Pacific story stays whole. */
  function near(lng, centre) {
    while (lng - centre > 180) lng -= 360;
    while (lng - centre < -180) lng += 360;
    return lng;
  }

  function popupShell(place) {
    const root = element("div", "nm-popup");
    root.append(element("h3", "nm-popup-title", place.name));
    if (place.status === "estimated") {
      const within = place.radiusKm ? " (within about " + Math.round(place.radiusKm) + " km)" : "";
      root.append(element("p", "nm-popup-note", "Approximate position" + within));
    }
    root.append(element("p", "nm-popup-loading", "Loading events…"));
    return root;
  }

  function fillPopup(root, data) {
    root.querySelector(".nm-popup-loading")?.remove();
    const list = element("ol", "nm-popup-events");
    for (const event of data.events) {
      const item = element("li", "certainty-" + event.certainty);
      const link = element("a", "nm-popup-event", event.title);
      link.href = "#event-" + event.id;
      link.dataset.eventId = event.id;
      if (event.date) item.append(element("span", "nm-popup-date", event.date + " "));
      item.append(link);
      if (event.certainty !== "occurred") {
        item.append(" ", element("span", "badge certainty certainty-" + event.certainty, event.certainty));
      }
      list.append(item);
    }
    root.append(list);
    if (data.total > data.events.length) {
      const more = element("a", "nm-popup-more", "All " + data.total + " events here");
      more.href = data.place.url;
      root.append(more);
    }
  }

  function placeEvents(place) {
    const query = filterQuery();
    const url = settings.placeEventsUrl.replace("/0/", "/" + place.id + "/") + (query ? "?" + query : "");
    if (!state.popupCache.has(url)) {
      state.popupCache.set(url, fetch(url).then((r) => {
        if (!r.ok) throw new Error("place events: HTTP " + r.status);
        return r.json();
      }));
    }
    return state.popupCache.get(url);
  }

  /** A place's popup: its name at once, its (filtered) events once they arrive. */
  function fillOnOpen(place) {
    const popup = place.marker.getPopup();
    popup.options.maxWidth = Math.max(160, Math.min(320, map.getSize().x - 90));
    const root = popupShell(place);
    popup.setContent(root);
    placeEvents(place).then((data) => {
      fillPopup(root, data);
      if (popup.isOpen()) popup.update(); // re-measures, and pans the grown popup into view
    }).catch(() => { root.querySelector(".nm-popup-loading").textContent = "The events could not be loaded."; });
  }

  function buildPlaces(collection) {
    const centre = map.getCenter().lng;
    for (const feature of collection.features) {
      const [lon, lat] = feature.geometry.coordinates;
      const props = feature.properties;
      state.places.set(feature.id, {
        id: feature.id,
        name: props.name,
        kind: props.kind,
        status: props.status,
        radiusKm: props.radius_km,
        frames: props.frames,
        counts: props.counts,
        latlng: L.latLng(lat, near(lon, centre)),
      });
    }
    state.routes = (collection.routes || []).map((route) => route);
    const clustered = state.places.size > settings.clusterThreshold && L.markerClusterGroup;
    markerLayer = (clustered ? L.markerClusterGroup({ chunkedLoading: true }) : L.featureGroup()).addTo(map);
    newsmap.markers = new Map();
    for (const place of state.places.values()) {
      place.kind_drawn = markerKind(place.counts);
      place.marker = L.marker(place.latlng, {
        icon: markerIcon(place.kind_drawn), title: place.name, alt: place.name,
        keyboard: interactive, riseOnHover: interactive, interactive: interactive,
      });
      if (interactive) {
        place.marker.bindPopup(element("div"), { maxWidth: 320, maxHeight: 260, autoPanPadding: [24, 24] });
        place.marker.on("popupopen", () => fillOnOpen(place));
        place.marker.on("click", () => highlightPlace(place));
      }
      place.marker.on("add", () => {
        const icon = place.marker.getElement();
        icon.dataset.placeId = place.id;
        icon.setAttribute("aria-label", place.name + ": " + countsOf(place)[0] + " event(s)");
      });
      if (place.status === "estimated" && place.radiusKm) {
        place.circle = L.circle(place.latlng, {
          radius: place.radiusKm * 1000, className: "nm-uncertainty", dashArray: "4 6",
          weight: 1.5, fillOpacity: 0.08, interactive: false,
        });
      }
      newsmap.markers.set(place.id, place.marker);
    }
  }

  /** One route per traveller; legs towards a planned or rumoured stop are dashed. */
  function drawRoutes() {
    routeLayer.clearLayers();
    newsmap.routes = [];
    if (settings.placeId) return;
    let arrows = 0;
    for (const route of state.routes) {
      let previous = null;
      const legs = [];
      const points = [];
      newsmap.routes.push(points);
      for (const [lat, lon, dashed] of route.stops) {
        // Each stop within 180° of the last: the leg takes the short way, over the antimeridian.
        const point = L.latLng(lat, previous ? near(lon, previous.lng) : near(lon, map.getCenter().lng));
        if (previous) legs.push({ from: previous, to: point, dashed: dashed });
        points.push(point);
        previous = point;
      }
      for (const leg of legs) {
        routeLayer.addLayer(L.polyline([leg.from, leg.to], {
          className: "nm-route" + (leg.dashed ? " nm-route--uncertain" : ""),
          dashArray: leg.dashed ? "6 8" : null, weight: 3, opacity: 0.8, interactive: false,
        }));
        if (arrows++ < MAX_ARROWS) routeLayer.addLayer(arrowMarker(leg.from, leg.to, route.actor));
      }
    }
  }

  /** An arrowhead halfway along a leg; Mercator keeps angles, so one angle fits every zoom. */
  function arrowMarker(from, to, actor) {
    const a = map.project(from, 0);
    const b = map.project(to, 0);
    const angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
    const head = element("span", "nm-arrow-head");
    head.style.transform = "rotate(" + angle.toFixed(1) + "deg)";
    return L.marker(map.unproject(a.add(b).divideBy(2), 0), {
      icon: L.divIcon({ className: "nm-arrow", html: head, iconSize: [14, 14], iconAnchor: [7, 7] }),
      interactive: false, keyboard: false, title: actor,
    });
  }

  // ---- framing ------------------------------------------------------------------------------

  function shownPlaces() {
    return [...state.places.values()].filter((place) => place.shown);
  }

  /** The main line's places among those shown, without country-wide pins (unless that is all). */
  function framingPlaces() {
    const shown = shownPlaces();
    const main = shown.filter((place) => countsOf(place)[3] > 0);
    const framing = main.filter((place) => place.frames);
    return framing.length ? framing : main.length ? main : shown;
  }

  function fitStory({ animate = true } = {}) {
    const places = framingPlaces();
    if (!places.length) return;
    let bounds = L.latLngBounds(places.map((place) => place.latlng));
    for (const place of places) if (place.circle) bounds = bounds.extend(place.circle.getBounds());
    const options = { maxZoom: settings.fitMaxZoom || 9, padding: [28, 28], animate: animate && !reducedMotion };
    if (animate && !reducedMotion) map.flyToBounds(bounds, Object.assign({ duration: FLY_SECONDS }, options));
    else map.fitBounds(bounds, options);
  }

  function zoomFor(place) {
    if (place.circle) return Math.min(map.getBoundsZoom(place.circle.getBounds()), STEP_ZOOM);
    return ZOOM_BY_KIND[place.kind] || STEP_ZOOM;
  }

  /** Fly to a place, then open its popup: opened during the flight, its pan would stop it. */
  function flyToPlace(place) {
    return new Promise((resolve) => {
      const zoom = Math.max(map.getZoom(), zoomFor(place));
      if (!map.getBounds().contains(place.latlng)) map.closePopup();
      const open = () => {
        const show = () => { if (interactive) place.marker.openPopup(); resolve(); };
        if (markerLayer.zoomToShowLayer) markerLayer.zoomToShowLayer(place.marker, show);
        else show();
      };
      const target = map.getBounds().pad(-0.15).contains(place.latlng) && map.getZoom() >= zoom;
      if (target) { open(); return; }
      let opened = false;
      const openOnce = () => { if (!opened) { opened = true; open(); } };
      map.once("moveend", openOnce);
      setTimeout(openOnce, FLY_SECONDS * 1000 + 1500); // a flight interrupted by the reader
      if (reducedMotion) map.setView(place.latlng, zoom, { animate: false });
      else map.flyTo(place.latlng, zoom, { duration: FLY_SECONDS });
    });
  }

  // ---- filters ------------------------------------------------------------------------------

  /** Show on the map what the chronology's filters let through (#filter-result), and refit. */
  function applyFilterResult() {
    const node = document.getElementById("filter-result");
    if (!markerLayer || !node || node === state.resultElement) return null;
    const refit = state.resultElement !== null;
    state.resultElement = node;
    const result = JSON.parse(node.textContent);
    state.visible = result.places || null;
    if (settings.placeId) state.visible = { [settings.placeId]: state.places.get(settings.placeId)?.counts };
    state.popupCache.clear();
    const added = [];
    state.mainTotal = 0;
    for (const place of state.places.values()) {
      const counts = countsOf(place);
      place.shown = counts[0] > 0;
      state.mainTotal += counts[3];
      const onMap = markerLayer.hasLayer(place.marker);
      if (place.shown && !onMap) added.push(place.marker);
      if (!place.shown && onMap) markerLayer.removeLayer(place.marker);
      const kind = markerKind(counts);
      if (place.shown && kind !== place.kind_drawn) {
        place.kind_drawn = kind;
        place.marker.setIcon(markerIcon(kind));
        if (place.marker.getElement()) place.marker.getElement().dataset.placeId = place.id;
      }
      if (place.shown) place.marker.getElement()?.setAttribute("aria-label", place.name + ": " + counts[0] + " event(s)");
      if (place.circle) {
        if (place.shown) circleLayer.addLayer(place.circle);
        else circleLayer.removeLayer(place.circle);
      }
    }
    if (markerLayer.addLayers) markerLayer.addLayers(added);
    else added.forEach((marker) => markerLayer.addLayer(marker));
    const clear = document.getElementById("filters-clear");
    if (clear && result.filtered !== undefined) clear.hidden = !result.filtered;
    stopPlaying();
    state.step = -1;
    updatePlayStatus();
    if (refit) fitStory();
    return result;
  }

  // ---- in step: list <-> map ----------------------------------------------------------------

  function clearMarks(className) {
    document.querySelectorAll("." + className).forEach((node) => node.classList.remove(className));
  }

  /** Select one event: mark it in the list, fly to its place and open the place's popup. */
  async function selectEvent(eventId, { scroll = true } = {}) {
    clearMarks("is-selected");
    const item = await ensureListed(eventId);
    if (!item) return;
    item.classList.add("is-selected");
    if (scroll) reveal(item, "nearest");
    const place = state.places.get(Number(item.dataset.placeId));
    if (place && place.shown) await flyToPlace(place);
    else announce("This event has no position on the map.");
  }

  /** A marker was clicked: highlight that place's events in the list. */
  function highlightPlace(place) {
    clearMarks("is-highlighted");
    place.marker.getElement()?.classList.add("is-highlighted");
    const items = document.querySelectorAll('#chronology .event[data-place-id="' + place.id + '"]');
    items.forEach((item) => item.classList.add("is-highlighted"));
    const count = countsOf(place)[0];
    announce(count + (count === 1 ? " event" : " events") + " at " + place.name + ".");
  }

  function eventIdFromHash(hash) {
    const match = /^#event-(\d+)$/.exec(hash || "");
    return match ? Number(match[1]) : null;
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a.event-link, a.nm-popup-event");
    if (!link) return;
    const eventId = eventIdFromHash(link.getAttribute("href"));
    if (eventId === null) return;
    event.preventDefault();
    history.replaceState(history.state, "", link.getAttribute("href"));
    selectEvent(eventId, { scroll: true });
  });

  window.addEventListener("hashchange", () => {
    const eventId = eventIdFromHash(location.hash);
    if (eventId !== null) selectEvent(eventId);
  });

  // ---- play control -------------------------------------------------------------------------

  const controls = document.querySelector(".map-controls");
  const toggle = document.getElementById("play-toggle");
  const status = document.getElementById("play-status");

  function playItems() {
    return [...document.querySelectorAll("#chronology .section-main .event[data-pinned]")];
  }

  /** The main line's step `step`, loading further pages of the chronology when it is not yet listed. */
  async function playItem(step) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const items = playItems();
      if (step < items.length) return items[step];
      const more = document.querySelector("#chronology .section-main .load-more a");
      if (!more || !window.htmx) return null;
      const settled = nextSettle();
      if (!more.classList.contains("htmx-request")) window.htmx.trigger(more, "click");
      await settled;
    }
    return null;
  }

  function updatePlayStatus(item) {
    if (!status) return;
    if (state.step < 0 || !item) {
      const total = state.mainTotal;
      status.textContent = total ? total + (total === 1 ? " event" : " events") + " on the main line" : "No dated events on the map";
      return;
    }
    const title = item.querySelector(".event-title").textContent.trim();
    const day = item.closest(".date-group")?.querySelector(".date-heading time")?.textContent || "";
    status.textContent = (state.step + 1) + " / " + state.mainTotal + ": " + (day ? day + " — " : "") + title;
  }

  async function goToStep(step) {
    if (!state.mainTotal) return;
    state.step = Math.max(0, Math.min(step, state.mainTotal - 1));
    const item = await playItem(state.step);
    if (!item) return;
    updatePlayStatus(item);
    await selectEvent(Number(item.dataset.eventId), { scroll: true });
  }

  function stopPlaying() {
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
    if (!toggle) return;
    toggle.setAttribute("aria-pressed", "false");
    toggle.textContent = "Play";
  }

  async function playOn() {
    if (state.step >= state.mainTotal - 1) { stopPlaying(); return; }
    await goToStep(state.step + 1);
    if (state.timer !== null) state.timer = setTimeout(playOn, PLAY_INTERVAL_MS);
  }

  function startPlaying() {
    if (!state.mainTotal) return;
    if (state.step >= state.mainTotal - 1) state.step = -1;
    toggle.setAttribute("aria-pressed", "true");
    toggle.textContent = "Pause";
    state.timer = 0;
    playOn();
  }

  if (controls) {
    toggle.addEventListener("click", () => (state.timer !== null ? stopPlaying() : startPlaying()));
    document.getElementById("play-next").addEventListener("click", () => { stopPlaying(); goToStep(state.step + 1); });
    document.getElementById("play-previous").addEventListener("click", () => { stopPlaying(); goToStep(state.step - 1); });
  }

  // ---- filters: live, cleared in place, behind one button on a phone --------------------------

  const filterForm = document.getElementById("filters");
  const filtersPanel = document.getElementById("filters-panel");
  if (filtersPanel && !wideLayout.matches && !new URLSearchParams(location.search).toString()) {
    filtersPanel.open = false;
  }
  document.getElementById("filters-clear")?.addEventListener("click", (event) => {
    if (!filterForm || !window.htmx) return;
    event.preventDefault();
    for (const field of filterForm.elements) {
      if (field.type === "checkbox") field.checked = false;
      else if (field.tagName === "SELECT") field.selectedIndex = 0;
      else if (field.name) field.value = "";
    }
    window.htmx.trigger(filterForm, "submit");
  });

  // Leave empty filters out of the request, so shared URLs only say what was chosen.
  document.body.addEventListener("htmx:configRequest", (event) => {
    if (!event.detail.elt.closest("#filters")) return;
    const params = event.detail.parameters;
    for (const key of Object.keys(params)) {
      const value = params[key];
      if (value === "" || (Array.isArray(value) && value.every((v) => v === ""))) delete params[key];
    }
  });

  document.body.addEventListener("htmx:afterSettle", () => {
    const result = applyFilterResult();
    if (result && result.count !== null) announce(result.count + (result.count === 1 ? " event matches." : " events match."));
  });

  // ---- start ----------------------------------------------------------------------------------

  newsmap.selectEvent = selectEvent;
  newsmap.fitStory = fitStory;
  drawOutline();
  // Same request as the page's <link rel="preload"> (same mode and credentials), so it is reused.
  newsmap.ready = fetch(settings.dataUrl, { mode: "cors", credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) throw new Error("map data: HTTP " + response.status);
      return response.json();
    })
    .then(async (collection) => {
      buildPlaces(collection);
      applyFilterResult();
      drawRoutes();
      if (controls) controls.hidden = false;
      const eventId = eventIdFromHash(location.hash) ?? settings.eventId ?? null;
      if (eventId !== null) await selectEvent(eventId);
      document.documentElement.dataset.mapReady = "true";
    })
    .catch((error) => {
      announce("The map's events could not be loaded.");
      document.documentElement.dataset.mapReady = "failed";
      throw error;
    });
})();
