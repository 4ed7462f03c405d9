/*
 * Report downloads: "the file is being made" shows from the click on a download button until the
 * file arrives (PrimeFaces' download monitor watches the cookie p:fileDownload sets with the file).
 * Wired here, not in attributes, so the page keeps a strict Content-Security-Policy.
 */
(function () {
    function busy(on) {
        var status = document.getElementById('exportStatus');
        if (status) {
            status.hidden = !on;
        }
    }
    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('.report-download')) {
            PrimeFaces.monitorDownload(function () {
                busy(true);
            }, function () {
                busy(false);
            });
        }
    });
})();
