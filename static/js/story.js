/*
 * The story page: draws the story's events on the folium map and keeps map and chronology in step.
 *
 * folium creates the Leaflet map under a generated global name; the page's settings blob
 * (#map-settings) names it, and this script republishes it as window.newsmap.map. Markers,
 * route and uncertainty circles are drawn here from the story's GeoJSON (settings.dataUrl), so a
 * story with thousands of events costs one JSON download, and every piece of article text reaches
 * the DOM through textContent, never as HTML.
 *
 * The embed (/embed/stories/<slug>/) runs this same script with fewer parts on the page: no
 * play controls, perhaps no chronology; settings.interactive === false makes the map a picture
 * (no popups), and settings.eventId opens it on one event.
 */
(function () {
  "use strict";

  const settings = JSON.parse(document.getElementById("map-settings").textContent);
  const map = window[settings.leafletName];
  const newsmap = (window.newsmap = window.newsmap || {});
  newsmap.map = map;

  /** Certainties drawn as "not (yet) happened": hollow markers, dashed route legs. */
  const UNCERTAIN = new Set(["planned", "expected", "speculated"]);
  const HAPPENED = new Set(["occurred", "ongoing"]);
  const PLAY_INTERVAL_MS = 2500;
  const MAX_ARROWS = 300;
  const wideLayout = window.matchMedia("(min-width: 60rem)");
  const interactive = settings.interactive !== false;

  const state = {
    features: new Map(), // event id -> GeoJSON feature
    places: new Map(), // place id -> {id, name, status, radiusKm, latlng, events, marker, circle}
    visible: null, // Set of event ids the filters let through, or null for all
    resultElement: null, // the #filter-result last applied
    playOrder: [],
    step: -1,
    timer: null,
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

  const dayFormat = new Intl.DateTimeFormat("en-GB", {
    day: "numeric", month: "short", year: "numeric", timeZone: "UTC",
  });
  const monthFormat = new Intl.DateTimeFormat("en-GB", {
    month: "long", year: "numeric", timeZone: "UTC",
  });

  /** A date as precisely as it is known: "14 May 2024", "week of 13 May 2024", "July 2023". */
  function dateLabel(props) {
    if (!props.date_start) return "undated";
    const date = new Date(props.date_start + "T00:00:00Z");
    switch (props.date_precision) {
      case "year": return String(date.getUTCFullYear());
      case "month": return monthFormat.format(date);
      case "week": return "week of " + dayFormat.format(date);
      default: return dayFormat.format(date);
    }
  }

  function announce(text) {
    const region = document.getElementById("announcer");
    if (!region) return;
    region.textContent = "";
    window.requestAnimationFrame(() => { region.textContent = text; });
  }

  function isVisible(eventId) {
    return state.visible === null || state.visible.has(eventId);
  }

  function visibleEvents(place) {
    return place.events.filter((feature) => isVisible(feature.id));
  }

  function listItem(eventId) {
    return document.getElementById("event-" + eventId);
  }

  /** Scroll a list item into view: within its panel in an embed (never the host page). */
  function reveal(item, block) {
    const panel = item.closest("[data-scroll-panel]");
    if (!panel) {
      item.scrollIntoView({ block: block, behavior: "smooth" });
      return;
    }
    const offset = item.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    if (block === "start" || offset < 0 || offset > panel.clientHeight - item.offsetHeight) {
      panel.scrollTo({ top: panel.scrollTop + offset, behavior: "smooth" });
    }
  }

  function nextSettle() {
    return new Promise((resolve) => {
      const done = () => { clearTimeout(timer); resolve(); };
      const timer = setTimeout(done, 8000);
      document.body.addEventListener("htmx:afterSettle", done, { once: true });
    });
  }

  /** The list item of an event, loading further pages of the chronology until it appears. */
  async function ensureListed(eventId) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const item = listItem(eventId);
      if (item) return item;
      const more = document.querySelector("#chronology .load-more a");
      if (!more || !window.htmx) return null;
      const settled = nextSettle();
      if (!more.classList.contains("htmx-request")) window.htmx.trigger(more, "click");
      await settled;
    }
    return null;
  }

  // ---- drawing ------------------------------------------------------------------------------

  function markerKind(events) {
    if (events.some((f) => HAPPENED.has(f.properties.certainty))) return "occurred";
    if (events.every((f) => f.properties.certainty === "denied")) return "denied";
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

  function popupContent(place) {
    const root = element("div", "nm-popup");
    root.append(element("h3", "nm-popup-title", place.name));
    if (place.status === "estimated") {
      const within = place.radiusKm ? " (within about " + Math.round(place.radiusKm) + " km)" : "";
      root.append(element("p", "nm-popup-note", "Approximate position" + within));
    }
    const list = element("ol", "nm-popup-events");
    for (const feature of visibleEvents(place)) {
      const props = feature.properties;
      const item = element("li", "certainty-" + props.certainty);
      const link = element("a", "nm-popup-event", props.title);
      link.href = "#event-" + feature.id;
      link.dataset.eventId = feature.id;
      item.append(element("span", "nm-popup-date", dateLabel(props) + " "), link);
      if (props.certainty !== "occurred") {
        item.append(element("span", "badge certainty certainty-" + props.certainty, props.certainty));
      }
      list.append(item);
    }
    root.append(list);
    return root;
  }

  /** The place of a feature: the GeoJSON's `place` foreign member ({id, radius_km}). */
  function buildPlaces(features) {
    for (const feature of features) {
      if (!feature.geometry || !feature.place) continue;
      state.features.set(feature.id, feature);
      const info = feature.place;
      let place = state.places.get(info.id);
      if (!place) {
        const [lon, lat] = feature.geometry.coordinates;
        place = {
          id: info.id,
          name: feature.properties.place,
          status: feature.properties.place_status,
          radiusKm: info.radius_km,
          latlng: L.latLng(lat, lon),
          events: [],
        };
        state.places.set(info.id, place);
      }
      place.events.push(feature);
    }
    const clustered = state.places.size > settings.clusterThreshold && L.markerClusterGroup;
    markerLayer = (clustered ? L.markerClusterGroup({ chunkedLoading: true }) : L.featureGroup()).addTo(map);
    newsmap.markers = new Map();
    for (const place of state.places.values()) {
      const kind = markerKind(place.events);
      place.marker = L.marker(place.latlng, {
        icon: markerIcon(kind), title: place.name, alt: place.name, keyboard: interactive,
        riseOnHover: interactive, interactive: interactive,
      });
      if (interactive) {
        place.marker.bindPopup(() => popupContent(place), { maxWidth: 320, maxHeight: 260 });
        place.marker.on("click", () => highlightPlace(place.id));
      }
      place.marker.on("add", () => {
        const icon = place.marker.getElement();
        icon.dataset.placeId = place.id;
        icon.setAttribute("aria-label", place.name + ": " + place.events.length + " event(s)");
      });
      if (place.status === "estimated" && place.radiusKm) {
        place.circle = L.circle(place.latlng, {
          radius: place.radiusKm * 1000,
          className: "nm-uncertainty",
          dashArray: "4 6",
          weight: 1.5,
          fillOpacity: 0.08,
          interactive: false,
        });
      }
      newsmap.markers.set(place.id, place.marker);
    }
  }

  /** The route through the places of dated, not-denied events, in time order, with arrows. */
  function drawRoute(features) {
    routeLayer.clearLayers();
    const stops = [];
    for (const feature of features) {
      const props = feature.properties;
      if (!props.date_start || props.certainty === "denied") continue;
      const place = state.places.get(feature.place.id);
      if (stops.length && stops[stops.length - 1].place === place) continue;
      stops.push({ place, uncertain: UNCERTAIN.has(props.certainty) });
    }
    const legs = stops.slice(1).map((stop, i) => ({ from: stops[i].place, to: stop.place, uncertain: stop.uncertain }));
    // Consecutive legs drawn alike share one polyline: thousands of SVG paths would be slow.
    let run = null;
    for (const leg of legs) {
      if (run && run.uncertain === leg.uncertain) run.latlngs.push(leg.to.latlng);
      else {
        if (run) routeLayer.addLayer(routeLine(run));
        run = { uncertain: leg.uncertain, latlngs: [leg.from.latlng, leg.to.latlng] };
      }
    }
    if (run) routeLayer.addLayer(routeLine(run));
    const arrowEvery = Math.max(1, Math.ceil(legs.length / MAX_ARROWS));
    legs.forEach((leg, i) => {
      if (i % arrowEvery === 0) routeLayer.addLayer(arrowMarker(leg.from.latlng, leg.to.latlng));
    });
  }

  function routeLine(run) {
    return L.polyline(run.latlngs, {
      className: "nm-route" + (run.uncertain ? " nm-route--uncertain" : ""),
      dashArray: run.uncertain ? "6 8" : null,
      weight: 3,
      opacity: 0.75,
      interactive: false,
    });
  }

  /** An arrowhead halfway along a leg; Mercator keeps angles, so one angle fits every zoom. */
  function arrowMarker(from, to) {
    const a = map.project(from, 0);
    const b = map.project(to, 0);
    const angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
    const head = element("span", "nm-arrow-head");
    head.style.transform = "rotate(" + angle.toFixed(1) + "deg)";
    return L.marker(map.unproject(a.add(b).divideBy(2), 0), {
      icon: L.divIcon({ className: "nm-arrow", html: head, iconSize: [14, 14], iconAnchor: [7, 7] }),
      interactive: false,
      keyboard: false,
    });
  }

  // ---- filters ------------------------------------------------------------------------------

  /** Show on the map only what the chronology's filters let through (#filter-result). */
  function applyFilterResult() {
    const node = document.getElementById("filter-result");
    if (!markerLayer || !node || node === state.resultElement) return null;
    state.resultElement = node;
    const result = JSON.parse(node.textContent);
    state.visible = result.event_ids === null ? null : new Set(result.event_ids);
    const shown = [];
    for (const place of state.places.values()) {
      const show = visibleEvents(place).length > 0;
      const onMap = markerLayer.hasLayer(place.marker);
      if (show && !onMap) shown.push(place.marker);
      if (!show && onMap) markerLayer.removeLayer(place.marker);
      if (place.circle) {
        if (show) circleLayer.addLayer(place.circle);
        else circleLayer.removeLayer(place.circle);
      }
    }
    if (markerLayer.addLayers) markerLayer.addLayers(shown);
    else shown.forEach((marker) => markerLayer.addLayer(marker));
    const features = [...state.features.values()].filter((f) => isVisible(f.id));
    drawRoute(features);
    state.playOrder = features.filter((f) => f.properties.date_start);
    stopPlaying();
    state.step = -1;
    updatePlayStatus();
    return result;
  }

  // ---- in step: list <-> map ----------------------------------------------------------------

  function clearMarks(className) {
    document.querySelectorAll("." + className).forEach((node) => node.classList.remove(className));
  }

  function openPlace(place) {
    const open = () => { map.panTo(place.latlng); place.marker.openPopup(); };
    if (markerLayer.zoomToShowLayer) markerLayer.zoomToShowLayer(place.marker, open);
    else open();
  }

  /** Select one event: pan to its marker, open its popup, mark it in the list. */
  async function selectEvent(eventId, { scroll = true } = {}) {
    clearMarks("is-selected");
    const feature = state.features.get(eventId);
    if (feature) openPlace(state.places.get(feature.place.id));
    const item = scroll ? await ensureListed(eventId) : listItem(eventId);
    if (item) {
      item.classList.add("is-selected");
      if (scroll) reveal(item, "nearest");
    }
    if (!feature && item) announce("This event has no position on the map.");
  }

  /** A marker was clicked: highlight that place's events in the list and scroll to the first. */
  async function highlightPlace(placeId) {
    clearMarks("is-highlighted");
    const place = state.places.get(placeId);
    const events = visibleEvents(place);
    if (!events.length) return;
    await ensureListed(events[0].id);
    let first = null;
    for (const feature of events) {
      const item = listItem(feature.id);
      if (!item) continue;
      item.classList.add("is-highlighted");
      first = first || item;
    }
    place.marker.getElement()?.classList.add("is-highlighted");
    if (first) reveal(first, "start");
    announce(events.length + (events.length === 1 ? " event" : " events") + " at " + place.name + ".");
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

  function updatePlayStatus() {
    if (!status) return;
    const total = state.playOrder.length;
    if (state.step < 0) {
      status.textContent = total ? total + " dated events to step through" : "No dated events on the map";
      return;
    }
    const props = state.playOrder[state.step].properties;
    status.textContent = (state.step + 1) + " / " + total + ": " + dateLabel(props) + " — " + props.title;
  }

  function goToStep(step) {
    if (!state.playOrder.length) return;
    state.step = Math.max(0, Math.min(step, state.playOrder.length - 1));
    selectEvent(state.playOrder[state.step].id, { scroll: wideLayout.matches });
    updatePlayStatus();
  }

  function stopPlaying() {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
    if (!toggle) return;
    toggle.setAttribute("aria-pressed", "false");
    toggle.textContent = "Play";
  }

  function startPlaying() {
    if (!state.playOrder.length) return;
    if (state.step >= state.playOrder.length - 1) state.step = -1;
    toggle.setAttribute("aria-pressed", "true");
    toggle.textContent = "Pause";
    goToStep(state.step + 1);
    state.timer = setInterval(() => {
      if (state.step >= state.playOrder.length - 1) stopPlaying();
      else goToStep(state.step + 1);
    }, PLAY_INTERVAL_MS);
  }

  if (controls) {
    toggle.addEventListener("click", () => (state.timer ? stopPlaying() : startPlaying()));
    document.getElementById("play-next").addEventListener("click", () => { stopPlaying(); goToStep(state.step + 1); });
    document.getElementById("play-previous").addEventListener("click", () => { stopPlaying(); goToStep(state.step - 1); });
  }

  // ---- htmx ---------------------------------------------------------------------------------

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
    if (result) announce(result.count + (result.count === 1 ? " event matches." : " events match."));
  });

  // ---- start ----------------------------------------------------------------------------------

  newsmap.selectEvent = selectEvent;
  newsmap.ready = fetch(settings.dataUrl, { headers: { Accept: "application/geo+json, application/json" } })
    .then((response) => {
      if (!response.ok) throw new Error("map data: HTTP " + response.status);
      return response.json();
    })
    .then((collection) => {
      buildPlaces(collection.features);
      applyFilterResult();
      if (controls) controls.hidden = false;
      const eventId = eventIdFromHash(location.hash) ?? settings.eventId ?? null;
      if (eventId !== null) selectEvent(eventId);
      document.documentElement.dataset.mapReady = "true";
    })
    .catch((error) => {
      announce("The map's events could not be loaded.");
      document.documentElement.dataset.mapReady = "failed";
      throw error;
    });
})();
