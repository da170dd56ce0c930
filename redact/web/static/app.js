/* The little script the page needs: progress polling, checking decisions as they are typed, and small helpers.
   Everything still works without it (forms post normally; the progress page refreshes itself). */
"use strict";

function pollProgress(box) {
  const stage = document.getElementById("stage");
  const bar = document.getElementById("progress");
  const tick = async () => {
    let state;
    try {
      const answer = await fetch(box.dataset.progressUrl, {credentials: "same-origin", cache: "no-store"});
      state = await answer.json();
    } catch (error) {
      setTimeout(tick, 1500);
      return;
    }
    if (state.stage) stage.textContent = state.stage;
    if (typeof state.percent === "number") { bar.value = state.percent; bar.textContent = state.percent + "%"; }
    if (state.state === "running") setTimeout(tick, 600);
    else window.location.reload();
  };
  setTimeout(tick, 300);
}

function checkDecisions(form) {
  const box = document.getElementById("validation");
  let timer = null;
  let asked = 0;
  const show = (result) => {
    box.className = "validation " + (result.ok ? (result.warnings.length ? "warn" : "valid") : "invalid");
    box.replaceChildren();
    const first = document.createElement("p");
    if (result.ok) {
      first.innerHTML = "<strong>Ready to apply.</strong>";
    } else {
      first.setAttribute("role", "alert");
      const strong = document.createElement("strong");
      strong.textContent = "Cannot apply yet: ";
      const message = document.createElement("span");
      message.className = "message";
      message.textContent = result.error;
      first.append(strong, message);
    }
    box.append(first);
    for (const warning of result.warnings || []) {
      const line = document.createElement("p");
      line.className = "warning";
      line.textContent = "Warning: " + warning;
      box.append(line);
    }
    for (const row of form.querySelectorAll("fieldset.entry")) {
      const bad = (result.rows || []).includes(row.dataset.row);
      row.classList.toggle("invalid", bad);
      const pseudonym = row.querySelector("input[name$='-pseudonym']");
      if (pseudonym) pseudonym.setAttribute("aria-invalid", bad ? "true" : "false");
      const error = row.querySelector(".row-error");
      if (error) error.textContent = bad ? result.error : "";
    }
  };
  const ask = async () => {
    const mine = ++asked;
    const answer = await fetch("/validate", {method: "POST", body: new FormData(form), credentials: "same-origin"});
    if (mine === asked && answer.ok) show(await answer.json());
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(ask, 350); };
  form.addEventListener("input", later);
  form.addEventListener("change", (event) => {
    const row = event.target.closest("fieldset.entry");
    if (row && event.target.name && event.target.name.endsWith("-keep")) row.classList.toggle("kept", event.target.checked);
    later();
  });
  for (const button of form.querySelectorAll("button.use-date")) {
    button.addEventListener("click", () => {
      const input = document.getElementById(button.dataset.target);
      input.value = button.dataset.value;
      input.dispatchEvent(new Event("change", {bubbles: true}));
      input.focus();
    });
  }
}

function checkUpload(form) {
  const limit = Number(form.dataset.maxUpload);
  const message = document.getElementById("client-error");
  const drop = form.querySelector(".drop");
  form.addEventListener("submit", (event) => {
    let size = 0;
    for (const input of form.querySelectorAll("input[type=file]")) for (const f of input.files) size += f.size;
    if (size > limit) {
      event.preventDefault();
      message.hidden = false;
      message.textContent = "The file is too large: the limit is " + Math.floor(limit / 1048576) + " MB.";
    }
  });
  if (drop) {
    for (const name of ["dragenter", "dragover"]) drop.addEventListener(name, () => drop.classList.add("over"));
    for (const name of ["dragleave", "drop"]) drop.addEventListener(name, () => drop.classList.remove("over"));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const progress = document.querySelector("[data-progress-url]");
  if (progress) pollProgress(progress);
  const decide = document.getElementById("decide-form");
  if (decide) checkDecisions(decide);
  const upload = document.getElementById("upload-form");
  if (upload) checkUpload(upload);
  const error = document.querySelector(".error-summary[tabindex]");
  if (error) error.focus();
});
