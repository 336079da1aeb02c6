// The page of `llmdraft serve`. Plain JavaScript, no build step, nothing loaded from elsewhere.
// Every piece of user text reaches the page through textContent or a text node, never as HTML.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const VARIANTS = 6;

  // LinkedIn's twelve answers to "How do you know them?", from the asker's side and, for a
  // recommendation, from the writer's side.
  const ASKER = {
    "managed-you": "They managed you directly",
    "reported-to-you": "They reported directly to you",
    "senior-to-you": "They were senior to you but didn't manage you",
    "junior-to-you": "You were senior to them but didn't manage them",
    "same-team": "You worked on the same team",
    "different-teams": "You worked on different teams",
    "different-companies": "You worked at different companies",
    "client": "They were your client",
    "vendor": "You were their client",
    "teacher": "They taught or mentored you",
    "advisor": "They advised you",
    "classmate": "You studied together",
  };
  const WRITER = {
    "managed-you": "You managed them directly",
    "reported-to-you": "You reported directly to them",
    "senior-to-you": "You were senior to them but didn't manage them",
    "junior-to-you": "They were senior to you but didn't manage you",
    "same-team": "You worked on the same team",
    "different-teams": "You worked on different teams",
    "different-companies": "You worked at different companies",
    "client": "You were their client",
    "vendor": "They were your client",
    "teacher": "You taught or mentored them",
    "advisor": "You advised them",
    "classmate": "You studied together",
  };
  const CHANNELS = {
    "linkedin-request": "LinkedIn's request box",
    "linkedin-message": "LinkedIn message",
    "connection-note": "Invitation note",
    "inmail": "InMail",
    "email": "Email",
  };
  const CHECK_NAMES = {
    is_a_message: "It is a message to send",
    not_default_text: "More than LinkedIn's default text",
    recipient_named: "Greets them by name",
    project_named: "Names the project",
    strengths_covered: "Names each strength",
    reciprocal_offer: "Offers to return the favour",
    grounded: "Invents nothing",
    no_placeholders: "Nothing left to fill in",
    reads_cleanly: "Reads cleanly",
    within_length: "Fits the channel",
    subject_present: "Has a subject line",
    asks_their_strengths: "Asks which of their strengths to mention",
    graceful_out: "Makes it easy to say no",
    thanks: "Says thank you",
    purpose_stated: "Says what it is for",
    no_swap_deal: "Offers, doesn't bargain",
    no_pressure: "No pressure",
    person_named: "Names the person",
    word_count: "A good length",
    no_empty_cliches: "No empty praise",
    strongest_point_first: "Strongest point first",
    uses_details: "Uses your facts",
    word_target: "Near the word target",
  };
  const MARK_CLASS = {project_named: "m-project", strengths_covered: "m-strength",
                      reciprocal_offer: "m-offer"};

  const state = {meta: null, variant: 0, lastContext: null, lastKind: "request", checkSeq: 0,
                 shownSeq: 0, timer: null, result: null, batch: null, poll: null};

  // -- talking to the server -------------------------------------------------------------------

  async function api(path, options) {
    const opts = Object.assign({headers: {}}, options || {});
    opts.headers["X-CSRF-Token"] = csrf;
    if (opts.json !== undefined) {
      opts.method = opts.method || "POST";
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(opts.json);
      delete opts.json;
    }
    let response;
    try {
      response = await fetch(path, opts);
    } catch (e) {
      throw new Error("The llmdraft server does not answer. Is it still running?");
    }
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) {
      throw new Error((data && data.error) || ("The server answered " + response.status));
    }
    return data;
  }

  // -- the form --------------------------------------------------------------------------------

  function kind() {
    return document.querySelector('input[name="kind"]:checked').value;
  }

  function addStrength(value) {
    const list = $("strength-list");
    if (list.children.length >= (state.meta ? state.meta.max_strengths : 5)) return null;
    const li = document.createElement("li");
    const input = document.createElement("input");
    const label = document.createElement("label");
    const remove = document.createElement("button");
    input.name = "strength";
    input.autocomplete = "off";
    input.value = value || "";
    remove.type = "button";
    remove.className = "secondary small";
    remove.textContent = "Remove";
    remove.addEventListener("click", () => {
      li.remove();
      if (!list.children.length) addStrength("");
      numberStrengths();
      const inputs = list.querySelectorAll("input");
      inputs[inputs.length - 1].focus();
      scheduleCheck();
    });
    input.addEventListener("input", scheduleCheck);
    li.append(label, input, remove);
    list.append(li);
    numberStrengths();
    return input;
  }

  function numberStrengths() {
    const items = $("strength-list").children;
    const max = state.meta ? state.meta.max_strengths : 5;
    Array.from(items).forEach((li, i) => {
      const id = "f-strength-" + (i + 1);
      li.querySelector("input").id = id;
      const label = li.querySelector("label");
      label.htmlFor = id;
      label.textContent = "Strength " + (i + 1);
      li.querySelector("button").setAttribute("aria-label", "Remove strength " + (i + 1));
      li.querySelector("button").hidden = items.length === 1;
    });
    $("add-strength").disabled = items.length >= max;
  }

  function fillRelationships() {
    const words = kind() === "recommendation" ? WRITER : ASKER;
    for (const id of ["f-relationship", "b-relationship"]) {
      const select = $(id);
      const keep = select.value;
      Array.from(select.querySelectorAll("option[data-slug]")).forEach((o) => o.remove());
      for (const r of state.meta.relationships) {
        const option = document.createElement("option");
        option.value = r.value;
        option.dataset.slug = r.value;
        option.textContent = (id === "b-relationship" ? ASKER : words)[r.value] || r.value;
        select.append(option);
      }
      select.value = keep || (id === "f-relationship" ? "same-team" : "");
    }
  }

  function fillChannels() {
    const select = $("f-channel");
    for (const c of state.meta.channels) {
      const option = document.createElement("option");
      option.value = c.value;
      option.textContent = (CHANNELS[c.value] || c.value) + " (" + c.limit.toLocaleString("en") + ")";
      select.append(option);
    }
    select.value = "linkedin-request";
  }

  function onKind() {
    const k = kind();
    $("followup-fields").hidden = k !== "followup";
    $("channel-field").hidden = k === "recommendation";
    $("recipient-label").textContent = k === "recommendation" ? "Who you are recommending" : "Their name";
    $("sender-label").textContent = k === "recommendation" ? "Your name (the writer)" : "Your name";
    $("relationship-label").textContent = k === "recommendation" ? "How do you know them?" : "How do they know you?";
    $("draft-button").textContent = k === "followup" ? "Write the reminder" :
      (k === "recommendation" ? "Write the recommendation" : "Write the draft");
    fillRelationships();
    showCount();
    scheduleCheck();
  }

  function context() {
    const form = $("draft-form");
    const value = (name) => {
      const el = form.elements.namedItem(name);
      return el && el.value.trim() ? el.value.trim() : undefined;
    };
    const ctx = {
      recipient: value("recipient"), sender: value("sender"), project: value("project"),
      strengths: Array.from(form.querySelectorAll('input[name="strength"]'))
        .map((i) => i.value.trim()).filter(Boolean),
      relationship: value("relationship"), closeness: value("closeness"),
      purpose: value("purpose"), details: value("details"),
      recipient_role: value("recipient_role"), greet_as: value("greet_as"),
    };
    if (kind() !== "recommendation") ctx.channel = value("channel");
    for (const key of Object.keys(ctx)) if (ctx[key] === undefined) delete ctx[key];
    return ctx;
  }

  function missing(ctx) {
    if (!ctx.recipient) return ["f-recipient", "Give their name."];
    if (!ctx.project) return ["f-project", "Give the project you shared."];
    if (!ctx.strengths.length) return ["f-strength-1", "Give at least one strength."];
    return null;
  }

  function limit() {
    if (kind() === "recommendation") return state.meta.recommendation_limit;
    const c = state.meta.channels.find((ch) => ch.value === $("f-channel").value);
    return c ? c.limit : 1000;
  }

  function hasSubject() {
    if (kind() === "recommendation") return false;
    const c = state.meta.channels.find((ch) => ch.value === $("f-channel").value);
    return !!(c && c.subject);
  }

  // -- drafting --------------------------------------------------------------------------------

  async function draft(variant, anyway) {
    const ctx = context();
    const gap = missing(ctx);
    $("form-error").textContent = "";
    if (gap) {
      $("form-error").textContent = gap[1];
      $(gap[0]).focus();
      return;
    }
    const body = {kind: kind(), context: ctx, variant: variant};
    if (body.kind === "followup") {
      if ($("f-asked-on").value) body.asked_on = $("f-asked-on").value;
      if ($("f-reminded").checked) body.reminders_sent = 1;
      if (anyway) body.anyway = true;
    }
    setBusy(true);
    try {
      const result = await api("/v1/drafts", {json: body});
      state.variant = variant;
      state.lastKind = body.kind;
      showResult(result, true);
    } catch (e) {
      $("form-error").textContent = e.message;
    } finally {
      setBusy(false);
    }
  }

  function setBusy(busy) {
    for (const id of ["draft-button", "another"]) $(id).disabled = busy || (id === "another" && !state.result);
    $("result").setAttribute("aria-busy", busy ? "true" : "false");
    $("draft-button").classList.toggle("busy", busy);
  }

  function showResult(result, replaceText) {
    state.result = result;
    const advice = result.advice;
    $("advice").hidden = !advice;
    if (advice) {
      const say = {send: "Send it.", wait: "Wait.", dont: "Don't send a reminder."};
      $("advice-decision").textContent = say[advice.decision] || advice.decision;
      $("advice").className = "advice " + advice.decision;
      $("advice-reason").textContent = advice.reason;
      $("draft-anyway").hidden = advice.decision === "send" || !!result.message;
    }
    if (replaceText) {
      $("message").value = result.message || "";
      $("subject").value = result.subject || "";
      grow();
    }
    $("subject-field").hidden = !(hasSubject() || result.subject);
    const empty = !result.message && advice && advice.decision !== "send";
    $("result-hint").hidden = true;
    $("another").disabled = false;
    $("copy").disabled = !$("message").value;
    showChecks(empty ? null : result);
    drawMarks(empty ? null : result);
    showCount(result.limit);
  }

  function showChecks(result) {
    const list = $("checks");
    list.textContent = "";
    if (!result) { $("verdict").textContent = ""; return; }
    const failedErrors = result.checks.filter((c) => !c.passed && c.severity === "error");
    const failedWarnings = result.checks.filter((c) => !c.passed && c.severity === "warning");
    $("verdict").textContent = failedErrors.length
      ? "Not ready: " + failedErrors.length + " required check" + (failedErrors.length > 1 ? "s fail" : " fails") + "."
      : "Ready to send: every required check passes" +
        (failedWarnings.length ? " (" + failedWarnings.length + " suggestion" + (failedWarnings.length > 1 ? "s" : "") + " below)." : ".");
    $("verdict").className = "verdict " + (failedErrors.length ? "fail" : "pass");
    const order = (c) => (c.passed ? 2 : (c.severity === "error" ? 0 : 1));
    const sorted = result.checks.slice().sort((a, b) => order(a) - order(b));
    for (const c of sorted) {
      const li = document.createElement("li");
      const verdict = c.passed ? "pass" : (c.severity === "error" ? "fail" : "warn");
      li.className = "check " + verdict;
      li.dataset.check = c.name;
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = c.passed ? "✓ Passes" : (c.severity === "error" ? "✗ Fails" : "! Suggestion");
      const name = document.createElement("span");
      name.className = "check-name";
      name.textContent = CHECK_NAMES[c.name] || c.name.replace(/_/g, " ");
      const detail = document.createElement("span");
      detail.className = "detail";
      detail.textContent = c.detail;
      li.append(badge, " ", name, ": ", detail);
      list.append(li);
    }
  }

  // The marks sit in a layer behind the transparent textarea, in the same font and wrapping.
  function drawMarks(result) {
    const backdrop = $("backdrop");
    backdrop.textContent = "";
    const text = $("message").value;
    const spans = result && result.highlights ? result.highlights : [];
    const base = result && result.message ? text.indexOf(result.message) : -1;
    if (!spans.length || base < 0) {
      backdrop.append(document.createTextNode(text + "\n"));
      return;
    }
    const points = Array.from(result.message);  // offsets count code points
    let at = 0;
    backdrop.append(document.createTextNode(text.slice(0, base)));
    for (const span of spans) {
      if (span.start < at || span.end > points.length) continue;
      backdrop.append(document.createTextNode(points.slice(at, span.start).join("")));
      const mark = document.createElement("mark");
      mark.className = MARK_CLASS[span.check] || "m-other";
      mark.dataset.label = span.label;
      mark.textContent = points.slice(span.start, span.end).join("");
      backdrop.append(mark);
      at = span.end;
    }
    backdrop.append(document.createTextNode(points.slice(at).join("") +
                                            text.slice(base + result.message.length) + "\n"));
  }

  function grow() {
    const area = $("message");
    area.style.height = "auto";
    area.style.height = Math.max(area.scrollHeight + 2, 160) + "px";
  }

  function showCount(serverLimit) {
    if (!state.meta) return;
    const max = serverLimit && state.result && kind() === state.lastKind ? serverLimit : limit();
    const n = Array.from($("message").value.trim()).length;
    const over = n - max;
    $("count").textContent = n.toLocaleString("en") + " of " + max.toLocaleString("en") +
      " characters" + (over > 0 ? ": " + over.toLocaleString("en") + " too many" : "");
    $("count").classList.toggle("over", over > 0);
    const s = Array.from($("subject").value.trim()).length;
    $("subject-count").textContent = s + " of " + state.meta.subject_limit + " characters";
    $("subject-count").classList.toggle("over", s > state.meta.subject_limit);
  }

  // -- checking as you type --------------------------------------------------------------------

  function scheduleCheck() {
    clearTimeout(state.timer);
    if (!$("message").value.trim()) return;
    state.timer = setTimeout(recheck, 300);
  }

  async function recheck() {
    const message = $("message").value;
    if (!message.trim()) return;
    const ctx = context();
    const gap = missing(ctx);
    if (gap) {
      $("verdict").textContent = "To check your text, fill in the form: " + gap[1].toLowerCase();
      $("verdict").className = "verdict";
      return;
    }
    const body = {kind: kind(), context: ctx, message: message};
    const subject = $("subject").value.trim();
    if (subject) body.subject = subject;
    const seq = ++state.checkSeq;
    try {
      const result = await api("/v1/checks", {json: body});
      if (seq < state.shownSeq || message !== $("message").value) return;  // stale
      state.shownSeq = seq;
      state.lastKind = body.kind;
      result.advice = state.result && state.result.advice;
      showResult(result, false);
      $("form-error").textContent = "";
    } catch (e) {
      if (seq >= state.shownSeq) {
        $("verdict").textContent = e.message;
        $("verdict").className = "verdict fail";
      }
    }
  }

  function onEdit() {
    grow();
    showCount();
    $("copy").disabled = !$("message").value;
    drawMarks(null);  // the old marks no longer fit the text; new ones come with the check
    $("result-hint").hidden = true;
    scheduleCheck();
  }

  async function copy() {
    const subject = $("subject-field").hidden ? "" : $("subject").value.trim();
    const text = (subject ? "Subject: " + subject + "\n\n" : "") + $("message").value.trim();
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      $("message").select();
      document.execCommand("copy");
    }
    $("copied").textContent = subject ? "Copied the subject and the message." : "Copied the message.";
    setTimeout(() => { $("copied").textContent = ""; }, 4000);
  }

  // -- batches ---------------------------------------------------------------------------------

  async function startBatch(event) {
    event.preventDefault();
    $("batch-error").textContent = "";
    const file = $("b-file").files[0];
    if (!file) {
      $("batch-error").textContent = "Choose a CSV or JSONL file first.";
      $("b-file").focus();
      return;
    }
    const data = new FormData();
    data.append("file", file, file.name);
    data.append("kind", $("b-kind").value);
    for (const [id, key] of [["b-project", "project"], ["b-sender", "sender"], ["b-relationship", "relationship"]]) {
      if ($(id).value.trim()) data.append(key, $(id).value.trim());
    }
    for (const s of $("b-strengths").value.split(/[;|]/)) if (s.trim()) data.append("strengths", s.trim());
    $("batch-button").disabled = true;
    try {
      const batch = await api("/v1/batches", {method: "POST", body: data});
      watchBatch(batch.id);
    } catch (e) {
      $("batch-error").textContent = e.message;
    } finally {
      $("batch-button").disabled = false;
    }
  }

  function watchBatch(id) {
    state.batch = id;
    clearTimeout(state.poll);
    $("batch-progress").hidden = false;
    $("b-download").hidden = true;
    $("b-table").querySelector("tbody").textContent = "";
    poll();
  }

  async function poll() {
    const id = state.batch;
    try {
      const b = await api("/v1/batches/" + id);
      const rows = await api("/v1/batches/" + id + "/rows?limit=1000");
      if (id !== state.batch) return;
      $("b-bar").max = b.total;
      $("b-bar").value = b.done;
      const n = (count, one, many) => count + " " + (count === 1 ? one : many);
      const parts = [b.done + " of " + n(b.total, "row", "rows"), b.ok + " ready",
                     n(b.failed, "failed its checks", "failed their checks"), n(b.error, "error", "errors")];
      if (b.skipped) parts.push(b.skipped + " skipped on advice");
      const state_ = {queued: "Waiting to start", running: "Working", done: "Done", stopped: "Stopped", error: "Could not run"}[b.state] || b.state;
      $("b-counts").textContent = state_ + ": " + parts.join(", ") + "." + (b.message ? " " + b.message : "");
      showRows(rows.rows);
      if (b.state === "done") {
        const link = $("b-download");
        link.href = b.output;
        link.setAttribute("download", "");
        link.hidden = false;
        return;
      }
      if (b.state === "queued" || b.state === "running") state.poll = setTimeout(poll, 700);
    } catch (e) {
      $("batch-error").textContent = e.message;
      state.poll = setTimeout(poll, 3000);
    }
  }

  function showRows(rows) {
    const body = $("b-table").querySelector("tbody");
    body.textContent = "";
    for (const r of rows) {
      const tr = document.createElement("tr");
      tr.className = "row-" + r.status;
      const cells = [String(r.row), r.recipient, r.status,
                     r.failed_checks.length ? r.failed_checks.map((c) => CHECK_NAMES[c] || c).join("; ") : (r.error || r.advice || "")];
      for (const text of cells) {
        const td = document.createElement("td");
        td.textContent = text;
        tr.append(td);
      }
      const td = document.createElement("td");
      if (r.message) {
        const details = document.createElement("details");
        const summary = document.createElement("summary");
        summary.textContent = "Show";
        const pre = document.createElement("p");
        pre.className = "row-message";
        pre.textContent = (r.subject ? "Subject: " + r.subject + "\n\n" : "") + r.message;
        details.append(summary, pre);
        td.append(details);
      }
      tr.append(td);
      body.append(tr);
    }
  }

  // -- start -----------------------------------------------------------------------------------

  async function start() {
    const form = $("draft-form");
    form.addEventListener("submit", (e) => { e.preventDefault(); draft(0, false); });
    $("another").addEventListener("click", () => draft((state.variant + 1) % VARIANTS, false));
    $("draft-anyway").addEventListener("click", () => draft(state.variant, true));
    $("copy").addEventListener("click", copy);
    $("own").addEventListener("click", () => {
      $("message").value = "";
      $("subject").value = "";
      onEdit();
      $("message").focus();
    });
    $("add-strength").addEventListener("click", () => {
      const input = addStrength("");
      if (input) input.focus();
    });
    $("message").addEventListener("input", onEdit);
    $("subject").addEventListener("input", () => { showCount(); scheduleCheck(); });
    for (const radio of document.querySelectorAll('input[name="kind"]')) radio.addEventListener("change", onKind);
    for (const el of form.querySelectorAll("input, select, textarea")) {
      if (el.name !== "kind") el.addEventListener("input", scheduleCheck);
    }
    $("f-channel").addEventListener("change", () => {
      $("subject-field").hidden = !hasSubject();
      showCount();
    });
    $("batch-form").addEventListener("submit", startBatch);
    window.addEventListener("resize", grow);
    addStrength("");
    try {
      state.meta = await api("/v1/meta");
      fillRelationships();
      fillChannels();
      numberStrengths();
      onKind();
      showCount();
      document.body.dataset.ready = "true";
      performance.mark("llmdraft-ready");
      const health = await api("/v1/health");
      $("status").textContent = "Drafting with " + (health.provider === "offline"
        ? "the built-in offline writer (no model, nothing leaves this computer)"
        : "the model " + (health.model || "") + " (" + health.provider + ")") + ".";
    } catch (e) {
      $("status").textContent = e.message;
      $("status").classList.add("error");
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
