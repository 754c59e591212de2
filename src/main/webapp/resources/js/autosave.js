// Saves the proposal wizard's draft as the user types (ADR 0038): the whole form, through the save of the
// "Save draft" button (the remote command m4dAutosave), 1.5 s after the last change and when a field is left.
// What is typed is kept in this tab's sessionStorage (per user and draft) until a save succeeds, so a save that
// fails (signed out, database away) loses nothing: the page puts it back when the draft is opened again.
// Signing out clears what is kept. Loaded by every page, for that last rule; does the rest only in the wizard.
(function () {
    'use strict';
    var PREFIX = 'm4d-draft:';
    var DELAY = 1500;
    var PATIENCE = 20000;
    var box, user, draftId, version, timer, watchdog;
    var dirty = false, sending = false, restoring = false;

    function storage() {
        try {
            return window.sessionStorage;
        } catch (denied) {
            return null;
        }
    }

    function key(id) {
        return PREFIX + user + ':' + (id || 'new');
    }

    function form() {
        return document.getElementById('proposal');
    }

    function show(text, state, signIn) {
        box.textContent = text;
        box.setAttribute('data-state', state);
        if (signIn) {
            var link = document.createElement('a');
            link.id = 'autosave-sign-in';
            link.href = box.getAttribute('data-context') + '/login.xhtml?next=' + encodeURIComponent(inApp(draftId, null));
            link.textContent = box.getAttribute('data-sign-in');
            box.appendChild(document.createTextNode(' '));
            box.appendChild(link);
        }
    }

    /** The wizard's address inside the app (what the sign-in's next= takes), for a draft and step. */
    function inApp(id, step) {
        var path = box.getAttribute('data-page');
        var query = [];
        if (id) {
            query.push('id=' + encodeURIComponent(id));
        }
        if (step) {
            query.push('step=' + encodeURIComponent(step));
        }
        return path + (query.length ? '?' + query.join('&') : '');
    }

    function page(id, step) {
        return box.getAttribute('data-context') + inApp(id, step);
    }

    function currentStep() {
        var wizard = window.PrimeFaces && PrimeFaces.widgets && PrimeFaces.widgets.wizard;
        // the widget knows the step after moving in the wizard; the page says where it opened (widgets may come later)
        return wizard && wizard.currentStep ? wizard.currentStep : box.getAttribute('data-step') || null;
    }

    /** The fields the user fills in: no buttons, files or Faces' own hidden fields; a number by its value. */
    function fields() {
        var f = form();
        if (!f) {
            return [];
        }
        return Array.prototype.filter.call(f.elements, function (el) {
            if (!el.name || el.disabled) {
                return false;
            }
            if (el.type === 'hidden') {
                return /_hinput$/.test(el.name);
            }
            if (/_input$/.test(el.name) && f.elements[el.name.replace(/_input$/, '_hinput')]) {
                return false;
            }
            return !/^(submit|button|reset|image|file)$/.test(el.type);
        });
    }

    function snapshot() {
        var values = {};
        fields().forEach(function (el) {
            var list = values[el.name] || (values[el.name] = []);
            if (el.type === 'checkbox' || el.type === 'radio') {
                if (el.checked) {
                    list.push(el.value);
                }
            } else if (el.type === 'select-multiple') {
                Array.prototype.forEach.call(el.options, function (o) {
                    if (o.selected) {
                        list.push(o.value);
                    }
                });
            } else {
                list.push(el.value);
            }
        });
        return {step: currentStep(), version: version, values: values};
    }

    function put(values) {
        fields().forEach(function (el) {
            if (!Object.prototype.hasOwnProperty.call(values, el.name)) {
                return;
            }
            var kept = values[el.name];
            if (el.type === 'checkbox' || el.type === 'radio') {
                el.checked = kept.indexOf(el.value) >= 0;
            } else if (el.type === 'select-multiple') {
                Array.prototype.forEach.call(el.options, function (o) {
                    o.selected = kept.indexOf(o.value) >= 0;
                });
            } else if (/_hinput$/.test(el.name)) {
                el.value = kept[0] || '';
                var shown = document.getElementById(el.id.replace(/_hinput$/, '_input'));
                var number = shown && window.AutoNumeric && AutoNumeric.getAutoNumericElement(shown);
                if (number) {
                    number.set(el.value);
                } else if (shown) {
                    shown.value = el.value;
                }
            } else {
                el.value = kept.length ? kept[0] : '';
            }
        });
    }

    function keep() {
        var s = storage();
        if (s) {
            s.setItem(key(draftId), JSON.stringify(snapshot()));
        }
    }

    function forget(id) {
        var s = storage();
        if (s) {
            s.removeItem(key(id));
        }
    }

    function changed(event) {
        var el = event.target;
        if (!box || !el.form || el.form.id !== 'proposal' || !el.name || el.type === 'file') {
            return;
        }
        dirty = true;
        keep();
        clearTimeout(timer);
        timer = setTimeout(save, DELAY);
    }

    function left(event) {
        if (box && dirty && event.target.form && event.target.form.id === 'proposal') {
            clearTimeout(timer);
            timer = setTimeout(save, 0);
        }
    }

    function save() {
        clearTimeout(timer);
        if (!dirty || typeof window.m4dAutosave !== 'function') {
            return;
        }
        if (sending) {
            // after the save under way: the one that follows takes what was typed meanwhile
            return;
        }
        dirty = false;
        sending = true;
        keep();
        show(box.getAttribute('data-saving'), 'saving');
        // an answer that never comes, or one the Ajax library chokes on, is a failed save too
        clearTimeout(watchdog);
        watchdog = setTimeout(function () {
            if (sending) {
                done(null, 'timeout', null);
            }
        }, PATIENCE);
        window.m4dAutosave();
    }

    function savedAt(when) {
        var time;
        try {
            time = when.toLocaleTimeString(box.getAttribute('data-lang') || undefined,
                {hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'});
        } catch (unknownLanguage) {
            time = when.toTimeString().substring(0, 8);
        }
        return box.getAttribute('data-saved-at').replace('{0}', time);
    }

    /** The outcome of a save, the autosave's or the button's; args from ProposalEditor's callback parameters. */
    function done(xhr, status, args) {
        if (!box) {
            return;
        }
        sending = false;
        clearTimeout(watchdog);
        var outcome = args && args.autosave;
        if (outcome === 'saved') {
            var first = !draftId;
            draftId = String(args.draftId);
            version = args.version;
            if (first) {
                // the page goes on with the draft just made: a reload opens it, no second one is made
                forget(null);
                box.setAttribute('data-draft', draftId);
                history.replaceState(null, '', page(draftId, null));
            }
            if (dirty) {
                keep();
            } else {
                forget(draftId);
            }
            show((restoring ? box.getAttribute('data-restored') + ' ' : '') + savedAt(new Date()), 'saved');
            restoring = false;
        } else if (args && args.validationFailed) {
            show(box.getAttribute('data-needs'), 'invalid');
        } else if (outcome === 'invalid') {
            show(box.getAttribute('data-invalid').replace('{0}', args.problem || ''), 'invalid');
        } else if (outcome === 'conflict') {
            show(box.getAttribute('data-conflict'), 'conflict');
        } else {
            // signed out (the answer is the sign-in page), the database away, or no answer at all
            show(box.getAttribute('data-failed'), 'failed', true);
        }
        if (dirty && outcome === 'saved') {
            clearTimeout(timer);
            timer = setTimeout(save, DELAY);
        }
    }

    /** Puts back what was kept for this draft in this tab, at its step, and saves it unless the draft changed meanwhile. */
    function restore() {
        var s = storage();
        var raw = s && s.getItem(key(draftId));
        if (!raw) {
            return;
        }
        var kept;
        try {
            kept = JSON.parse(raw);
        } catch (broken) {
            forget(draftId);
            return;
        }
        var step = currentStep();
        if (kept.step && step && kept.step !== step && location.search.indexOf('step=') < 0) {
            location.replace(page(draftId, kept.step));
            return;
        }
        put(kept.values || {});
        if (draftId && kept.version !== null && kept.version !== undefined && String(kept.version) !== String(version)) {
            // someone else saved the draft since: their change is not overwritten unseen
            show(box.getAttribute('data-restored-changed'), 'conflict');
            return;
        }
        restoring = true;
        dirty = true;
        save();
    }

    function start() {
        box = document.getElementById('autosave');
        if (!box || !form()) {
            box = null;
            return;
        }
        user = box.getAttribute('data-user');
        draftId = box.getAttribute('data-draft') || null;
        version = box.getAttribute('data-version') === '' ? null : Number(box.getAttribute('data-version'));
        restore();
    }

    window.M4dAutosave = {done: done};
    document.addEventListener('input', changed, true);
    document.addEventListener('change', changed, true);
    document.addEventListener('focusout', left, true);
    document.addEventListener('submit', function (event) {
        if (event.target.id === 'logoutForm') {
            var s = storage();
            if (s) {
                Object.keys(s).filter(function (k) {
                    return k.indexOf(PREFIX) === 0;
                }).forEach(function (k) {
                    s.removeItem(k);
                });
            }
        }
    }, true);
    if (document.readyState === 'complete') {
        start();
    } else {
        window.addEventListener('load', start);
    }
}());
