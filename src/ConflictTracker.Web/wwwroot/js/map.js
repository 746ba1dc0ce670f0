// Offline conflict map: Leaflet with country outlines from a local GeoJSON file and no tile layer,
// so the dashboard never contacts a third-party server.
let leafletReady;

function loadLeaflet(baseUrl) {
    if (window.L) {
        return Promise.resolve(window.L);
    }
    leafletReady ??= new Promise((resolve, reject) => {
        const css = document.createElement('link');
        css.rel = 'stylesheet';
        css.href = baseUrl + 'lib/leaflet/leaflet.css';
        document.head.appendChild(css);
        const script = document.createElement('script');
        script.src = baseUrl + 'lib/leaflet/leaflet.js';
        script.onload = () => resolve(window.L);
        script.onerror = () => reject(new Error('Leaflet could not be loaded'));
        document.head.appendChild(script);
    });
    return leafletReady;
}

function radiusFor(count) {
    // Area grows with the mention count, capped so one busy place cannot hide its neighbours.
    return Math.min(22, 5 + 3 * Math.sqrt(Math.max(1, count)));
}

function tooltipContent(place) {
    // Built from text nodes, never HTML strings: place names come from ingested reports.
    const root = document.createElement('span');
    const name = document.createElement('strong');
    name.textContent = place.name;
    root.appendChild(name);
    root.appendChild(document.createElement('br'));
    root.appendChild(document.createTextNode(place.count === 1 ? '1 mention' : `${place.count} mentions`));
    if (place.ambiguous) {
        root.appendChild(document.createElement('br'));
        root.appendChild(document.createTextNode('position uncertain'));
    }
    return root;
}

function navigate(url) {
    if (window.Blazor?.navigateTo) {
        window.Blazor.navigateTo(url);
    } else {
        window.location.assign(url);
    }
}

/**
 * Creates a map inside element. options: { baseUrl, countriesUrl, attribution }.
 * Returns a handle with setPlaces(places, fit) and dispose().
 */
export async function init(element, options) {
    const L = await loadLeaflet(options.baseUrl ?? document.baseURI);
    const map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 });
    // A view must exist before any layer is added.
    map.setView([25, 15], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(options.attribution);

    const markers = L.layerGroup().addTo(map);
    let disposed = false;

    fetch(options.countriesUrl)
        .then(r => r.ok ? r.json() : Promise.reject(new Error(r.statusText)))
        .then(geo => {
            if (disposed) {
                return;
            }
            L.geoJSON(geo, { interactive: false, style: { className: 'ct-land', weight: 0.6 } }).addTo(map).bringToBack();
            element.dataset.countriesLoaded = 'true';
        })
        .catch(err => console.warn('Country outlines unavailable', err));

    element.dataset.mapReady = 'true';

    return {
        setPlaces(places, fit) {
            markers.clearLayers();
            const bounds = [];
            for (const place of places) {
                const marker = L.circleMarker([place.lat, place.lon], {
                    radius: radiusFor(place.count),
                    className: place.ambiguous ? 'ct-place ct-place-ambiguous' : 'ct-place',
                    weight: 1.5,
                });
                marker.bindTooltip(tooltipContent(place), { direction: 'top', className: 'ct-tooltip' });
                if (place.url) {
                    marker.on('click', () => navigate(place.url));
                }
                marker.addTo(markers);
                bounds.push([place.lat, place.lon]);
            }
            element.dataset.placeCount = String(places.length);
            if (fit && bounds.length > 0) {
                // Stop at regional scale: a few close places should still show the country around them.
                map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6, animate: false });
            }
        },
        dispose() {
            disposed = true;
            map.remove();
        },
    };
}
