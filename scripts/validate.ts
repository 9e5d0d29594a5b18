// `npm run validate [-- <dir>]`: both offline manifest checks with the same argument — manifest.xml
// (validateManifest.ts) and the unified manifest (validateUnifiedManifest.ts); with a folder such as
// `dist`, the manifests a build wrote there (docs/deployment.md). Each sets exit code 1 on a problem.
import './validateManifest';
import './validateUnifiedManifest';
