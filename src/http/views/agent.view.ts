/** The API's JSON for staff users (agents): never a key or its hash. */
import type { AgentRow } from '../../tenancy/agents.repo.js';

export function agentView(u: AgentRow) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, skills: u.skills, languages: u.languages, team: u.team, status: u.status, currentLoad: u.currentLoad, maxLoad: u.maxLoad };
}
