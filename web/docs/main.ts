/** Interactive API documentation: Swagger UI over the generated /openapi.json. */
import SwaggerUI from 'swagger-ui-dist/swagger-ui-es-bundle.js';
import 'swagger-ui-dist/swagger-ui.css';
import '../shared/base.css';

SwaggerUI({
  url: '/openapi.json',
  dom_id: '#swagger',
  deepLinking: true,
  // "Try it out" sends the key the reader enters under Authorize, or the session cookie.
  withCredentials: true,
  docExpansion: 'list',
  defaultModelsExpandDepth: 0,
});
