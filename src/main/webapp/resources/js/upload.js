/*
 * Names the progress bar and the cancel button PrimeFaces adds for each chosen file ("Voortgang:
 * brief.pdf", "Annuleren brief.pdf"): it leaves the bar without a name and calls the button "ui-button". The label's words come from the page (data-progress-label on
 * the upload area), so they follow the user's language; a MutationObserver catches every row added.
 */
(function () {
    /*
     * PrimeFaces writes each file's progress bar with a style attribute, which the page's strict
     * Content-Security-Policy refuses (and reports). The same start state comes from a class in
     * caseload.css instead; the widget's later width changes go through the style object, which the
     * policy allows.
     */
    var prefilter = jQuery.htmlPrefilter;
    jQuery.htmlPrefilter = function (html) {
        return prefilter(html).replace('ui-progressbar-value ui-widget-header" style="display: none; width: 0%;"',
            'ui-progressbar-value ui-widget-header upload-progress-start"');
    };

    function name(area) {
        area.querySelectorAll('.ui-fileupload-row').forEach(function (row) {
            var bar = row.querySelector('.ui-progressbar');
            var file = row.querySelector('.ui-fileupload-filename');
            var cancel = row.querySelector('.ui-fileupload-cancel');
            var fileName = file ? ' ' + file.textContent : '';
            if (bar && !bar.getAttribute('aria-label')) {
                bar.setAttribute('aria-label', area.dataset.progressLabel + fileName);
            }
            if (cancel && !cancel.getAttribute('aria-label')) {
                cancel.setAttribute('aria-label', area.dataset.cancelLabel + fileName);
            }
        });
    }

    function watch() {
        document.querySelectorAll('[data-progress-label]').forEach(function (area) {
            name(area);
            new MutationObserver(function () {
                name(area);
            }).observe(area, {childList: true, subtree: true});
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', watch);
    } else {
        watch();
    }
})();
