/**
 * Browser tests: the built app in Debian's Chromium (playwright-core), served by `vite preview`, with every
 * request outside localhost blocked — so the OSM tiles fail and the offline basemap path is what runs. One server
 * and one browser for all the files below (session.ts).
 */
import { startSession } from './session';
import './links';
import './map';
import './timeline';
import './screens';
import './selection';
import './english';
import './languages';
import './keyboard';
import './histogram';
import './search';
import './export';
import './export-animation';
import './national';
import './episode';
import './episode-report';
import './trip';
import './national-zooms';
import './area-links';
import './national-days';
import './review';
import './review-big';
import './accessibility';
import './bundle';
import './outbreak-index';
import './compare';

startSession();
