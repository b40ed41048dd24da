/*
 * The place change form's map: click or drag to set the latitude/longitude inputs.
 *
 * Configuration arrives as one JSON blob (#place-map-settings). The map only writes the form's
 * inputs; saving the form is what confirms and locks the position, so an editor can look around
 * and still leave without changing anything. The Leaflet map is published as
 * window.newsmapAdmin.map for tests.
 */
(function () {
  "use strict";

  const WORLD = { center: [20, 0], zoom: 2 };
  const PLACE_ZOOM = 9;
  const DECIMALS = 6;

  function start() {
    const blob = document.getElementById("place-map-settings");
    const container = document.getElementById("place-map");
    if (!blob || !container || !window.L) return;
    const settings = JSON.parse(blob.textContent);
    const latInput = document.getElementById(settings.latitudeInput);
    const lngInput = document.getElementById(settings.longitudeInput);

    const map = L.map(container);
    L.tileLayer(settings.tilesUrl, { attribution: settings.attribution, maxZoom: 18 }).addTo(map);
    if (settings.position) map.setView(settings.position, PLACE_ZOOM);
    else map.setView(WORLD.center, WORLD.zoom);

    settings.candidates.forEach((candidate) => {
      // Leaflet puts a string tooltip in as HTML; a place name is text from a gazetteer or a page.
      const label = document.createElement("span");
      label.textContent = candidate.name;
      L.circleMarker(candidate.position, { radius: 5, color: "#666", fillOpacity: 0.5 })
        .bindTooltip(label)
        .addTo(map);
    });

    let marker = null;
    let circle = null;
    if (settings.position && settings.radiusKm) {
      circle = L.circle(settings.position, { radius: settings.radiusKm * 1000 }).addTo(map);
    }

    function writeInputs(latlng) {
      if (latInput) latInput.value = latlng.lat.toFixed(DECIMALS);
      if (lngInput) lngInput.value = latlng.lng.toFixed(DECIMALS);
      if (circle) {
        // The editor's pin replaces the geocoder's estimate and its uncertainty.
        circle.remove();
        circle = null;
      }
    }

    function placeMarker(latlng) {
      if (marker) {
        marker.setLatLng(latlng);
        return;
      }
      marker = L.marker(latlng, { draggable: true, autoPan: true, title: "Place position" }).addTo(map);
      marker.on("dragend", () => writeInputs(marker.getLatLng()));
    }

    if (settings.position) placeMarker(settings.position);

    map.on("click", (event) => {
      placeMarker(event.latlng);
      writeInputs(event.latlng);
    });

    function readInputs() {
      const lat = parseFloat(latInput && latInput.value);
      const lng = parseFloat(lngInput && lngInput.value);
      if (Number.isFinite(lat) && Number.isFinite(lng)) placeMarker([lat, lng]);
    }
    [latInput, lngInput].forEach((input) => input && input.addEventListener("change", readInputs));

    window.newsmapAdmin = { map, marker: () => marker };
    container.dataset.ready = "true";
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
