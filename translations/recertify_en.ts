<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AppLauncher</name>
    <message>
        <source>Governance of AI agents and other non-human identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file or postgresql:// URL (default: $RECERTIFY_DB, else %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, such as de or fr (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window once it shows data, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recertify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>List the inventory of non-human identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one identity with owners, credentials, grants, usage and lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with a realistic synthetic estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: recertify-cli [--db PATH] [--json] &lt;command&gt; [args]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance of AI agents and other non-human identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file or postgresql://user@host:port/dbname URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: $RECERTIFY_DB, else %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help; &apos;&lt;command&gt; --help&apos; shows a command&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 verification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: expected a path or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1; see recertify-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see recertify-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this command&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: recertify-cli [--db PATH] [--json] %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only identities of this kind (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only identities from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only names, native ids or owners containing TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identities: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: unknown kind &quot;%1&quot;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUSINESS OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Numeric id or native id of the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one identity in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: expected exactly one ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, discovered from activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1, expires %2, last used %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage (%1 day aggregates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many identities (default 300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same estate (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an estate that is already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with a realistic synthetic estate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--identities: expected a positive number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: expected a non-negative number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo estate written to %1: %2 identities (%3 sub-agents), %4 people, %5 credentials, %6 grants, %7 usage rows in %8 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database statement &quot;%1…&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this version of Recertify understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEstate</name>
    <message>
        <source>%1 for the %2 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen in activity, not in any inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovered by sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--identities: expected 1 to 5000000, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the database already holds %n identities; use another database file or --replace</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityKind</name>
    <message>
        <source>AI agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityRepository</name>
    <message>
        <source>No identity with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity with id or native id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleState</name>
    <message>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::IdentityDetailPanel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No identity selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an identity to see its owners, credentials, grants and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered from activity: no inventory knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No long-lived credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity (%1 day aggregates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::IdentityTableModel</name>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered from activity: no inventory knows this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is accountable for this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business owner has left; the identity is orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::InventoryPage</name>
    <message>
        <source>Orphans only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, native id or owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities with no owner, or whose owner has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::MainWindow</name>
    <message>
        <source>Recertify — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming next: add a source (AWS IAM and CloudTrail, Microsoft Entra ID, Kubernetes, GitHub, CSV, MCP tool lists), run a sync with progress and Cancel, and read the run history with counts and errors. Until then, import with recertify-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners &amp; orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: the people directory, and a queue of identities whose owner is missing, unknown or has left. The Inventory&apos;s &quot;Orphans only&quot; filter shows them today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: privilege drift and hygiene findings (unused grants, out-of-scope actions, stale and expiring credentials, dormant and orphaned identities), each with its OWASP NHI code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: charts of privilege drift over time and of trust debt for the estate and for each identity, with every factor explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: your review queue. For each identity you attest ownership, task scope and business need, with the evidence beside every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: create review campaigns, track completion per reviewer, chase overdue items and follow remediation to the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: signed review exports that auditors open and verify here, or with stock openssl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Recertify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Recertify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recertify %1&lt;/h3&gt;&lt;p&gt;Governance of AI agents and other non-human identities: inventory, ownership, privilege drift, trust debt and signed recertification.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AI agents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an owner</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a departed owner</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discovered from activity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
