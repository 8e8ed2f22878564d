import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { FeedbackStack } from './feedback-stack.ts';
import { settingsFromContext } from './settings.ts';

const app = new App();
new FeedbackStack(app, 'FeedbackAggregator', {
  description: 'Multichannel customer-feedback aggregator (email, web forms, WeChat, SMS)',
  settings: settingsFromContext(app.node),
});
// cdk-nag v3 is a policy-validation plugin (v2's Aspect API is gone): any unacknowledged
// finding fails the synth. Acknowledgements sit next to the resources they concern.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
