/**
 * `npm run lp:simulator -- --port <n> [options]` — runs the LivePerson simulator on 127.0.0.1
 * until Ctrl-C. Prints `listening on http://127.0.0.1:<port>` and the account's keys.
 */
import { keyLines, parseArgs, startSimulator, USAGE } from './index';

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
  console.log(`listening on ${sim.url}`);
  for (const line of keyLines(sim.account)) console.log(line);
  const o = sim.options;
  console.log(
    `Data: seed ${String(o.seed)}, ${o.chatConversations} chats + ${o.messagingConversations} messaging conversations ` +
      `over ${o.days} days ending ${new Date(sim.data.opts.anchorMs).toISOString()}, ${o.live} live per channel`,
  );
  console.log(
    `Domain API: ${sim.url}/api/account/${sim.account.accountId}/service/baseURI.json?version=1.0 (baseURI ${sim.baseUri})`,
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
