// Writes the slider's day as a calendar date, the one thing every slider step of the atlas does at least.
const slider = document.getElementById('slider');
const date = document.getElementById('date');
const start = Date.UTC(2022, 0, 1);
const show = () => { date.textContent = new Date(start + Number(slider.value) * 86400000).toISOString().slice(0, 10); };
slider.addEventListener('input', show);
show();
window.__bareReady = true;
