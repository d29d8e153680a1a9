// factfinder: the little JavaScript the pages need (no inline scripts: the CSP forbids them).
(function () {
  "use strict";

  // Review queue: j/k move, a accept, r reject, c correct.
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.review-row")); }
  function selected() { return document.querySelector("tr.review-row.selected") || rows()[0]; }
  function select(row) {
    rows().forEach(function (r) { r.classList.remove("selected"); });
    if (row) { row.classList.add("selected"); row.focus({ preventScroll: false }); }
  }
  function nextPending(row) {
    var all = rows(), i = all.indexOf(row);
    for (var j = i + 1; j < all.length; j++) { if (!all[j].classList.contains("decided")) return all[j]; }
    return null;
  }
  document.addEventListener("keydown", function (ev) {
    if (!document.getElementById("review")) return;
    var tag = (ev.target && ev.target.tagName) || "";
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var row = selected(); if (!row) return;
    var all = rows(), i = all.indexOf(row);
    if (ev.key === "j") { select(all[Math.min(i + 1, all.length - 1)]); ev.preventDefault(); }
    else if (ev.key === "k") { select(all[Math.max(i - 1, 0)]); ev.preventDefault(); }
    else if (ev.key === "a" || ev.key === "r") {
      var btn = row.querySelector('button[data-key="' + ev.key + '"]');
      if (btn) { btn.click(); ev.preventDefault(); }
    } else if (ev.key === "c") {
      var box = row.querySelector('input[name="value"]');
      if (box) { box.focus(); ev.preventDefault(); }
    }
  });
  document.addEventListener("click", function (ev) {
    var row = ev.target && ev.target.closest && ev.target.closest("tr.review-row");
    if (row) select(row);
  });
  document.addEventListener("htmx:afterSwap", function (ev) {
    var row = ev.detail && ev.detail.target;
    if (row && row.id && document.getElementById(row.id)) {
      var fresh = document.getElementById(row.id);
      select(nextPending(fresh) || fresh);
    }
  });
  document.addEventListener("DOMContentLoaded", function () { if (rows().length) select(rows()[0]); });

  // Maps: an offline Natural Earth basemap, a pin or server-side grid clusters.
  // Rings that cross the antimeridian jump by ~360°; unwrap them so no band is drawn across the map.
  function unwrap(ring) {
    for (var i = 1; i < ring.length; i++) {
      var d = ring[i][0] - ring[i - 1][0];
      if (d > 180) ring[i][0] -= 360; else if (d < -180) ring[i][0] += 360;
    }
  }
  function unwrapAll(geometry) {
    if (!geometry) return;
    var polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    polys.forEach(function (poly) { poly.forEach(unwrap); });
  }
  function basemap(map, done) {
    fetch("/static/vendor/world-atlas/countries-110m.json").then(function (r) { return r.json(); }).then(function (topo) {
      var shapes = window.topojson.feature(topo, topo.objects.countries);
      shapes.features.forEach(function (f) { unwrapAll(f.geometry); });
      window.L.geoJSON(shapes, { style: { color: "#8a9bab", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
      if (done) done();
    });
  }
  function clusterLayer(map, url) {
    var layer = window.L.layerGroup().addTo(map);
    function load() {
      var sep = url.indexOf("?") >= 0 && url.slice(-1) !== "?" ? "&" : "";
      fetch(url + sep + "zoom=" + map.getZoom(), { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          layer.clearLayers();
          (data.clusters || []).forEach(function (c) {
            var radius = c.count === 1 ? 6 : Math.min(28, 8 + 4 * Math.log2(c.count));
            var m = window.L.circleMarker([c.lat, c.lon], { radius: radius, color: "#fff", weight: 1.5, fillColor: c.count === 1 ? "#c0392b" : "#1f5f99", fillOpacity: 0.85 });
            if (c.count === 1 && c.incident) {
              var a = document.createElement("a");
              a.href = "/incidents/" + encodeURIComponent(c.incident);
              a.textContent = c.title || "incident";
              a.dir = "auto";
              m.bindPopup(a);
            } else {
              m.bindTooltip(String(c.count) + " incidents");
              m.on("click", function () { map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, 12)); });
            }
            m.addTo(layer);
          });
          var status = document.getElementById("map-status");
          if (status) status.textContent = (data.located || 0) + " incidents with known coordinates, grouped on a grid; click a group to zoom in. Basemap: Natural Earth (offline).";
        });
    }
    map.on("moveend", load);
    load();
  }
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("map");
    if (!el || !window.L) return;
    var map = window.L.map(el, { worldCopyJump: true, attributionControl: true });
    map.attributionControl.addAttribution("Natural Earth");
    if (el.dataset.lat) {
      var ll = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)];
      map.setView(ll, 5);
      basemap(map, function () {
        var pin = window.L.circleMarker(ll, { radius: 8, color: "#fff", weight: 2, fillColor: "#c0392b", fillOpacity: 0.9 }).addTo(map);
        if (el.dataset.label) pin.bindTooltip(el.dataset.label, { permanent: false });
      });
    } else {
      map.setView([25, 20], 2);
      basemap(map, function () { clusterLayer(map, el.dataset.clusters); });
    }
  });
})();
