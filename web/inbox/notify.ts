/**
 * Telling the agent something happened while looking elsewhere: the unread
 * count in the tab title, a short tone (Web Audio, no file), and a desktop
 * notification when the agent allowed them.
 */
let audio: AudioContext | null = null;

export function setTitleBadge(count: number): void {
  document.title = count > 0 ? `(${count}) Inbox · Gateway` : 'Inbox · Gateway';
}

export function beep(): void {
  try {
    audio ??= new AudioContext();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.08, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.25);
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.25);
  } catch {
    // no audio (autoplay policy, headless): the title badge still says it
  }
}

export function notificationsAllowed(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

export async function askNotificationPermission(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  return (await Notification.requestPermission()) === 'granted';
}

export function notify(title: string, body: string, onClick?: () => void): void {
  beep();
  if (!notificationsAllowed() || document.hasFocus()) return;
  try {
    const n = new Notification(title, { body, tag: title });
    if (onClick)
      n.onclick = () => {
        window.focus();
        onClick();
      };
  } catch {
    // some browsers allow notifications only from a service worker
  }
}
