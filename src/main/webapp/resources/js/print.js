/*
 * The print button of a printable page (the handover summary): the browser's own print dialog.
 * Wired here, not in an onclick attribute, so the page keeps a strict Content-Security-Policy;
 * listening on the document, it works whenever the script loads.
 */
(function () {
    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('.print-button')) {
            window.print();
        }
    });
})();
