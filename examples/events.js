// The host page's own script: what a site might hang on Koers's events. It shows its own
// contact box when a plan is downloaded, and lists the events it hears (their names and
// details: never an answer, since events carry none).
const log = document.getElementById('host-events');
for (const type of ['koers:ready', 'koers:step', 'koers:review', 'koers:complete', 'koers:download', 'koers:error']) {
  document.addEventListener(type, (event) => {
    const li = document.createElement('li');
    li.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.append(li);
  });
}
document.addEventListener('koers:download', () => {
  document.getElementById('host-contact').hidden = false;
});
