import { render } from 'preact';
import { App } from './App.js';
import '../shared/base.css';
import './inbox.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
