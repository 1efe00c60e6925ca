/** A troubleshooting flow page's script, inline (pages/troubleshooting/[slug].astro). */
import { startFlowGuide } from '../flow-guide';

startFlowGuide();
