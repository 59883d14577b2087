/**
 * `npm run lp:simulator -- --port <n> [options]` — runs the LivePerson simulator on 127.0.0.1
 * until Ctrl-C. Prints `listening on http://127.0.0.1:<port>` and the account's keys.
 */
import { parseArgs, startSimulator, USAGE } from './index';

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const sim = await startSimulator(args);
  const a = sim.account;
  console.log(`listening on ${sim.url}`);
  console.log(`Account ID: ${a.accountId}`);
  console.log(`Client ID: ${a.clientId}`);
  console.log(`Client Secret: ${a.clientSecret}`);
  console.log(`Consumer Key: ${a.consumerKey}`);
  console.log(`Consumer Secret: ${a.consumerSecret}`);
  console.log(`Access Token: ${a.accessToken}`);
  console.log(`Access Token Secret: ${a.accessTokenSecret}`);
  const o = sim.options;
  console.log(
    `Data: seed ${String(o.seed)}, ${o.chatConversations} chats + ${o.messagingConversations} messaging conversations ` +
      `over ${o.days} days ending ${new Date(sim.data.opts.anchorMs).toISOString()}, ${o.live} live per channel`,
  );
  console.log(
    `Domain API: ${sim.url}/api/account/${a.accountId}/service/baseURI.json?version=1.0 (baseURI ${sim.baseUri})`,
  );
  for (const f of sim.faults.list()) console.log(`Fault: ${JSON.stringify(f)}`);
  const stop = (): void => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
