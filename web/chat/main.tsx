import { render } from 'preact';
import { App } from './App.js';
import '../shared/base.css';
import './chat.css';

// `/chat/<connectionId>`; `?embed=1` inside the widget's iframe (a close button, Escape closes).
const connectionId = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] ?? '');
const embed = new URLSearchParams(location.search).get('embed') === '1';
const root = document.getElementById('app');
if (root) render(<App connectionId={connectionId} embed={embed} />, root);
