// Draws the workflow model of a proposal and marks where it stands (bpmn-js viewer).
(function () {
    function draw() {
        var container = document.getElementById('diagram');
        if (!container || !window.BpmnJS) {
            return;
        }
        fetch(container.getAttribute('data-source'), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then(function (diagram) {
                var viewer = new BpmnJS({container: container});
                return viewer.importXML(diagram.xml).then(function () {
                    var canvas = viewer.get('canvas');
                    var registry = viewer.get('elementRegistry');
                    diagram.completed.forEach(function (id) {
                        if (registry.get(id)) {
                            canvas.addMarker(id, 'done');
                        }
                    });
                    diagram.active.forEach(function (id) {
                        if (registry.get(id)) {
                            canvas.addMarker(id, 'highlight');
                        }
                    });
                    canvas.zoom('fit-viewport');
                    container.setAttribute('data-ready', 'true');
                });
            })
            .catch(function (error) {
                container.textContent = 'The diagram could not be shown (' + error.message + ').';
                container.setAttribute('data-ready', 'error');
            });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
