// The demo inbox's copy buttons. A file, not inline: the app's CSP allows
// scripts from 'self' or with the page's nonce only.
document.addEventListener('click', async (e) => {
  const button = e.target.closest('[data-copy]');
  if (!button) return;
  const label = button.querySelector('[data-copy-label]');
  try {
    await navigator.clipboard.writeText(button.dataset.copy);
    label.textContent = 'Copied';
  } catch {
    // No clipboard access (an http origin other than localhost): select it instead.
    const code = button.closest('li')?.querySelector('.otp');
    if (code) getSelection().selectAllChildren(code);
    label.textContent = 'Selected';
  }
  setTimeout(() => { label.textContent = 'Copy'; }, 2000);
});
