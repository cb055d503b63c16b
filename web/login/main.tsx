import { render } from 'preact';
import { LoginPage } from './LoginPage.js';
import '../shared/base.css';
import './login.css';

const root = document.getElementById('app');
if (root) render(<LoginPage />, root);
