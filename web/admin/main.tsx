import { render } from 'preact';
import { App } from './App.js';
import '../shared/base.css';
import './admin.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
