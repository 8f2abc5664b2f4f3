// Small enhancements on top of server-rendered pages; every page also works without them.
(function () {
    'use strict';

    // htmx requests carry the CSRF token like the forms do.
    document.addEventListener('htmx:configRequest', function (event) {
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // A form being submitted shows that it is busy and cannot be sent twice; screen readers hear it too.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (event.defaultPrevented || form.hasAttribute('hx-get') || form.hasAttribute('hx-post')) {
            return;
        }
        var knop = event.submitter || form.querySelector('button[type="submit"]');
        if (knop) {
            if (knop.getAttribute('aria-disabled') === 'true') {
                event.preventDefault();
                return;
            }
            knop.setAttribute('aria-disabled', 'true');
            knop.classList.add('bezig');
        }
        form.setAttribute('aria-busy', 'true');
        var regio = document.getElementById('voortgang');
        if (regio) {
            regio.textContent = form.getAttribute('data-voortgang') || 'Bezig met verwerken…';
        }
    });

    // An htmx request that replaces part of the page marks that part busy and says what it is doing.
    document.addEventListener('htmx:beforeRequest', function (event) {
        var doel = event.detail.target;
        if (doel) {
            doel.setAttribute('aria-busy', 'true');
        }
        var tekst = event.detail.elt.getAttribute('data-voortgang');
        var regio = document.getElementById('voortgang');
        if (tekst && regio) {
            regio.textContent = tekst;
        }
    });
    document.addEventListener('htmx:afterRequest', function (event) {
        var doel = event.detail.target;
        if (doel) {
            doel.removeAttribute('aria-busy');
        }
    });

    // A form answered with 400 comes back with its errors next to the fields: show it, as without script.
    document.addEventListener('htmx:beforeSwap', function (event) {
        var bron = event.detail.requestConfig && event.detail.requestConfig.elt;
        if (event.detail.xhr.status === 400 && bron && (bron.tagName === 'FORM' || bron.form)) {
            event.detail.shouldSwap = true;
            event.detail.isError = false;
        }
    });

    // A swapped-in message that must be heard (what a lookup found) is read out through the page's live region,
    // which, unlike the message itself, was there before the swap.
    document.addEventListener('htmx:afterSettle', function (event) {
        var bericht = document.querySelector('[data-aankondiging]');
        var regio = document.getElementById('voortgang');
        if (bericht && regio) {
            regio.textContent = bericht.textContent;
            bericht.removeAttribute('data-aankondiging');
        }
    });

    // After such a swap the error summary gets the focus, as after a full page load.
    document.addEventListener('htmx:afterSettle', function (event) {
        var overzicht = event.detail.elt.querySelector && event.detail.elt.querySelector('.foutoverzicht[tabindex="-1"]');
        if (!overzicht && event.detail.target && event.detail.target.querySelector) {
            overzicht = event.detail.target.querySelector('.foutoverzicht[tabindex="-1"]');
        }
        if (overzicht) {
            overzicht.focus();
        }
    });

    // After a refused or invalid submit, the error summary gets the focus so that it is read out first.
    document.addEventListener('DOMContentLoaded', function () {
        var overzicht = document.querySelector('.foutoverzicht[tabindex="-1"]');
        if (overzicht) {
            overzicht.focus();
        }
    });
})();
