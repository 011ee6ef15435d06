/*
 * Warns a signed-in person before their session ends after 30 minutes without a request to the server, and
 * lets them keep it. Timing is from the last page load or keep-alive, because that is what the server counts.
 */
(function () {
    'use strict';
    var dialog = document.getElementById('session-warning');
    if (!dialog || typeof dialog.showModal !== 'function') {
        return;
    }
    var warnAfter = Number(dialog.dataset.warnAfterSeconds) * 1000;
    var endAfter = Number(dialog.dataset.endAfterSeconds) * 1000;
    var warnTimer;
    var endTimer;

    function start() {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        warnTimer = setTimeout(function () {
            dialog.showModal();
            document.getElementById('stay-signed-in').focus();
        }, warnAfter);
        endTimer = setTimeout(function () {
            window.location.href = dialog.dataset.timedOutUrl;
        }, endAfter);
    }

    document.getElementById('stay-signed-in').addEventListener('click', function () {
        fetch(dialog.dataset.keepAliveUrl, {method: 'POST', credentials: 'same-origin'}).then(function (response) {
            if (response.ok) {
                dialog.close();
                start();
            } else {
                window.location.href = dialog.dataset.timedOutUrl;
            }
        });
    });
    dialog.addEventListener('cancel', function () {
        document.getElementById('stay-signed-in').click(); // Escape keeps the session, as closing the warning implies
    });
    start();
}());
