<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccessAdvisorImporter</name>
    <message>
        <source>a get-service-last-accessed-details response with JobStatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Access Advisor response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPLETED, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no LastAuthenticatedEntity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: a get-service-last-accessed-details-with-entities response does not name its service: the last use of %n identities is kept, but not which service they used; keep the command with the response to record it</source>
        <translation>
            <numerusform>%1: a get-service-last-accessed-details-with-entities response does not name its service: the last use of %n identity is kept, but not which service it used; keep the command with the response to record it</numerusform>
            <numerusform>%1: a get-service-last-accessed-details-with-entities response does not name its service: the last use of %n identities is kept, but not which service they used; keep the command with the response to record it</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: an AWS Organizations access report (get-organizations-access-report): it counts the principals of each account that used a service but names none of them; run generate-service-last-accessed-details for each role or user and import its answer instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterChange</name>
    <message>
        <source>Analysing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings could not be recomputed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of identity %1 could not be recomputed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign triggers did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring campaigns did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Open this section: inventory, sources, owners, findings, dashboard, reviews, campaigns or evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--section: no section called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page of this identity (id or native id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme: system (default), light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence bundle (.zip) to verify and browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain; you will be asked again next time.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the app as this person (email) on a local store, without asking or remembering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>%1: cannot read the audit checkpoint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an audit checkpoint (too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an audit checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the audit checkpoint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no signed checkpoint of the audit chain, so rows removed from its end could not be noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the checkpoint&apos;s signature does not verify with the signing key %2 (the file was changed, or another key signed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows 1 to %1 were removed: the chain is empty, but the checkpoint of %2 signed row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: rows after it were removed: the checkpoint of %2 signed row %3 as the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: removed: the checkpoint of %2 signed it as the end of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: not the row the checkpoint of %2 signed (the chain was rewritten up to here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 to %2: added after the last signed checkpoint (%3), not by Recertify or while it could not sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>row %1: the chain does not start at the first row (a row before it was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: does not follow row %2 (a row between them was deleted, or row %2 was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: its content does not match its hash (the row was edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: its time is not written the way Recertify writes it (the row was edited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsIamImporter</name>
    <message>
        <source>the output of aws iam get-account-authorization-details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the immutable id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one page of a longer listing (IsTruncated): roles and users it leaves out are retired only when the run also holds the last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 is attached but its document is not in the input; kept as an unresolved grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 expands to more than %L4 grants through its groups; the limit is %L4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1: the input lists no users, but it also leaves out policies that are attached (an export with --filter?): no user was retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1: the input lists no roles, but it also leaves out policies that are attached (an export with --filter?): no role was retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its permissions boundary %2 is not in the input; its grants are shown as its policies give them, though the boundary may allow less</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n grant(s) lie outside its permissions boundary %2 and are not counted: %3</source>
        <translation>
            <numerusform>%1: %n grant lies outside its permissions boundary %2 and is not counted: %3</numerusform>
            <numerusform>%1: %n grants lie outside its permissions boundary %2 and are not counted: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>policy %1 is attached but its document is not in the input; AWS publishes it as every action on every resource, and it is kept so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: not shown as grants, because a Deny statement refuses them: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IAM Identity Center permission-set role (people sign in through it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its permissions boundary %2 allows some actions only under conditions; the grants it lets through are shown as its policies give them, though the boundary may allow less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 is in group %4, which the input does not describe (an export with --filter User?); what the group grants was left as an earlier import found it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both list account %3 whole (two exports of one account?): they are read as one, so what only one of them leaves out is not taken away; import them one at a time, the older first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: id %3 is listed for both %4 and %5; each is kept apart, under its ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 has one default version in %2 and another in %3: the one updated later (in %4) is used for every identity it is attached to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsLiveImporter</name>
    <message>
        <source>%1: cannot reach AWS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 with the credentials from %3 was refused: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 with the credentials from %3 was refused: HTTP %4 %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetServiceLastAccessedDetails for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last-accessed job for %1 ended as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LookupEvents page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 (assumed with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AssumeRole of %2 returned no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a page says more follow (IsTruncated) but gives no Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GetAccountAuthorizationDetails page %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsProfiles</name>
    <message>
        <source>the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: source_profile chain is longer than %2 (a loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no AWS profile named &quot;%1&quot; in %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: source_profile is itself but it holds no aws_access_key_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: its source_profile %2 assumes a role itself; chained roles are not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: credential_source is Environment but AWS_ACCESS_KEY_ID is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: role_arn needs source_profile (or credential_source = Environment); %2 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: credential_process is not supported; export the credentials it prints as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: IAM Identity Center (SSO) profiles are not supported yet; run `aws configure export-credentials --profile %1 --format env` and sync with those</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 has no aws_access_key_id and aws_secret_access_key (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile (aws configure) and name it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsQueryXml</name>
    <message>
        <source>%1: line %2: nested deeper than %3 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: invalid XML: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer holds no %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleContents</name>
    <message>
        <source>%1: decisions.csv: expected its header on line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: decisions.csv: line %2: expected 13 fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignPreview</name>
    <message>
        <source>No identity matches this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identities match.</source>
        <translation>
            <numerusform>%n identity matches.</numerusform>
            <numerusform>%n identities match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewers get items; most: %1.</source>
        <translation>
            <numerusform>%n reviewer gets items: %1.</numerusform>
            <numerusform>%n reviewers get items; most: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no active owner and go to the fallback reviewer.</source>
        <translation>
            <numerusform>%n has no active owner and goes to the fallback reviewer.</numerusform>
            <numerusform>%n have no active owner and go to the fallback reviewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no active owner: name a fallback reviewer, or the campaign cannot start.</source>
        <translation>
            <numerusform>%n has no active owner: name a fallback reviewer, or the campaign cannot start.</numerusform>
            <numerusform>%n have no active owner: name a fallback reviewer, or the campaign cannot start.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every identity in this scope is still certified for ownership, task scope and business need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n still certified for all three are left out.</source>
        <translation>
            <numerusform>%n still certified for all three is left out.</numerusform>
            <numerusform>%n still certified for all three are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignScope</name>
    <message>
        <source>&quot;%1&quot;: expected a number after debt&gt;=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected source=, kind=, status=, finding=, debt&gt;= or orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a value after =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in ids= is not an identity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown finding type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown term &quot;%1&quot;; expected source=, kind=, status=, finding=, ids=, debt&gt;= or orphaned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>in scope of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned: no owner, routed to the fallback reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned: %1 has left or is unknown, routed to the fallback reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the items of campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is closed; there is nobody to remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date such as 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an email address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected technical or manager, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no identity matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identities have no active owner and no fallback reviewer (first: %1); name a fallback reviewer</source>
        <translation>
            <numerusform>%n identity has no active owner and no fallback reviewer (%1); name a fallback reviewer</numerusform>
            <numerusform>%n identities have no active owner and no fallback reviewer (first: %1); name a fallback reviewer</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no campaign was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in scope of every identity that is not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every identity matching &quot;%1&quot; is still certified for ownership, task scope and business need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants / actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust-debt distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt, in bands of 10 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Debt %1: %n identities</source>
        <translation>
            <numerusform>Debt %1: %n identity</numerusform>
            <numerusform>Debt %1: %n identities</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest trust debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion burndown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: %2 granted, %3 used, %4 unused, %5 out of scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt %1 on %2, %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n identities</source>
        <translation>
            <numerusform>%1 to %2: %n identity</numerusform>
            <numerusform>%1 to %2: %n identities</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n undecided on %1; due %2.</source>
        <translation>
            <numerusform>%n undecided on %1; due %2.</numerusform>
            <numerusform>%n undecided on %1; due %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per reviewer (@%1)</source>
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
        <translation>
            <numerusform>%n identity</numerusform>
            <numerusform>%n identities</numerusform>
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
    <message>
        <source>Import identities, grants and activity from files (one transaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep connector secrets in the OS keychain (set reads standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders to import, all in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: expected FORMAT and at least one PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed, %5 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity: %1 events in %2 day aggregates, %3 records skipped (no principal, or not a non-human identity), %4 identities discovered from activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported before; its activity was not counted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (reads the secret from standard input), check, or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s name, such as entra:TENANT:CLIENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep connector secrets in the OS keychain. Secrets are never taken from the command line and never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: expected ACTION and KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets set: cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets set: expected the secret on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored &quot;%1&quot; in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: unknown action &quot;%1&quot;; expected set, check or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra tenant id or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) id; its secret is read from the keychain entry entra:TENANT:CLIENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph base URL (national clouds, tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2 token endpoint (default: the tenant&apos;s on login.microsoftonline.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync entra: --tenant and --client-id are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--graph-url: expected a URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entra %1: %2 added, %3 changed, %4 removed, %5 unchanged (%6 requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an identity&apos;s owners, purpose, declared scope and retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the people directory (CSV email,name,manager,active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an identity through its lifecycle (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege drift and hygiene findings with OWASP NHI codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt per identity, its factors, and the estate total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the hash-chained audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also analyse the estate as it stood each week for this many weeks, so charts have a history (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history: expected 0 to 104 weeks, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis: %1 findings, estate trust debt %2, in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only findings of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this identity (id or native id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege drift and hygiene findings, each with its OWASP NHI code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: unknown finding type &quot;%1&quot;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDENTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the N highest scores (text output; default 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt per identity with its factors, and the estate total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estate trust debt: %1 over %n identities with open findings</source>
        <translation>
            <numerusform>Estate trust debt: %1 over %n identity with open findings</numerusform>
            <numerusform>Estate trust debt: %1 over %n identities with open findings</numerusform>
        </translation>
    </message>
    <message>
        <source>The action: set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity id or native id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business owner (accountable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the identity is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared task scope: permissions or tools, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement condition (an event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set ownership, purpose, declared scope and retirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owners: expected: owners set ID --business EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owners set: --business is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires: expected a date such as 2026-12-31, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: business owner %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action: import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with the header email,name,manager,active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the people directory; an identity whose owner is missing, unknown or inactive is orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people: expected: people import PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people in the directory</source>
        <translation>
            <numerusform>%n person in the directory</numerusform>
            <numerusform>%n people in the directory</numerusform>
        </translation>
    </message>
    <message>
        <source>The new state: active, under-review, suspended or retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an identity through its lifecycle; every change is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifecycle: expected: lifecycle ID --to STATE --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, list, follow and close review campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List review items with their evidence, and decide them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a campaign&apos;s signed evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an evidence bundle&apos;s hashes and signature (exit 3 when broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key&apos;s fingerprint and public half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a numeric id, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When every item must be decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which identities: source=, kind=, status=, finding=, debt&gt;=, orphaned (all must hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews what no active owner can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second review by the technical owner or the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, list, follow and close review campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign create: --name and --due are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due: expected a date such as 2026-12-31, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: expected the campaign ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm, or reassign=EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep, or reduce=PERM[,PERM…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certify[=DATE], revoke or retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why; required for revoke, reduce, and certifying with high-severity findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the reviewer looked at the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List review items with their evidence, and decide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review list: --campaign is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted %1, used %2, debt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>--need: expected certify=DATE such as certify=2027-06-30, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (flagged to the manager: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle to write (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with this Ed25519 private key (PEM) instead of the keychain&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a campaign&apos;s signed evidence bundle: decisions, what each reviewer saw, the audit chain and a PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: expected a campaign id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items, %3 bytes, signed by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence bundle (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also require that this public key (PEM) signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: expected the bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: every file matches SHA256SUMS, signed by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, or export-public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the public key (export-public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this private key (PEM) instead of the keychain&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key: its fingerprint, and its public half for auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys: expected show or export-public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signing key, fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys export-public: --out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: public key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure and run the triggers that start micro-campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started micro-campaign %1 for what this import found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue items moved to the reviewers&apos; managers</source>
        <translation>
            <numerusform>%n overdue item moved to the reviewers&apos; managers</numerusform>
            <numerusform>%n overdue items moved to the reviewers&apos; managers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 decided (%3%), %4 overdue, %5 flagged, %6 handed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the item over (delegate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review delegate: expected the ITEM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review delegate: --reviewer and --to are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 handed to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, set KIND or run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before expiry (credential-expiring) or trust-debt points (debt-threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the trigger off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure and run the triggers that start micro-campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggers set: expected the KIND, one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold: expected a positive number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger %1 is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger %1 is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n micro-campaigns started</source>
        <translation>
            <numerusform>%n micro-campaign started</numerusform>
            <numerusform>%n micro-campaigns started</numerusform>
        </translation>
    </message>
    <message>
        <source>triggers: expected list, set KIND or run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define recurring campaigns and start those that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started recurring campaign %1, which was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a number of days, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s name; each campaign is named after it and its start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between two campaigns (default 90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days each campaign runs before it is due (default 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the first campaign starts (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which identities, as for campaign create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define recurring campaigns and start those that are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates create: --name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--first: expected a date such as 2027-01-05, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 days, next %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recurring campaigns started</source>
        <translation>
            <numerusform>%n recurring campaign started</numerusform>
            <numerusform>%n recurring campaigns started</numerusform>
        </translation>
    </message>
    <message>
        <source>create, list, status ID, remind ID, escalate ID or close ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items waiting</source>
        <translation>
            <numerusform>%1: %n item waiting</numerusform>
            <numerusform>%1: %n items waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewers to remind</source>
        <translation>
            <numerusform>%n reviewer to remind</numerusform>
            <numerusform>%n reviewers to remind</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign: expected create, list, status ID, remind ID, escalate ID or close ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team mode on PostgreSQL: roles, row-level security, members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a SQLite store into an empty PostgreSQL one, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, add EMAIL, list or whoami</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager, reviewer or auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database login (default: from the email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the login&apos;s password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team mode on PostgreSQL: roles, row-level security and who each login is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team roles recertify_manager, recertify_reviewer and recertify_auditor are ready; reviewers now see only their own items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add: expected the member&apos;s EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: expected manager, reviewer or auditor, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add: cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: expected the password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in as %2 with the %3 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team: expected init, add, list or whoami</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to copy (a SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty store to fill (postgresql://user@host:port/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a store into an empty one, verified by row counts and the audit chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate: expected --from FILE and --to URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables to %3 in %4 s; counts match and the audit chain (%5 rows) verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, list, run or remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates remove: expected the template&apos;s NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; stopped; the campaigns it started stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates remove: no template called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates: expected create, list, run or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete for: %1 (identities elsewhere were left alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1; or auto, to tell each file&apos;s format from its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: unknown format &quot;%1&quot;; expected auto or one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every hash and the signature of an evidence bundle; exit 3 when anything does not match, naming the file, and 4 when the signature is valid but its key is neither given nor a trusted signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature valid, signer not trusted: %1 (give its public key with --trusted-key, or add it to the trusted signers in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed the audit chain&apos;s end: row %1, %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify, or checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the checkpoint with this public key (PEM) instead of the keychain&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: check the hash chain of the audit log and its signed checkpoint; exit 3 when a row was edited, deleted or added outside Recertify. checkpoint: sign the chain&apos;s end as it stands, once you have checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: expected: audit verify, or audit checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the checkpoint cannot be checked: no signing key in the keychain; give its public half with --trusted-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit chain holds: %n rows, every link and hash intact, its end as last signed</source>
        <translation>
            <numerusform>The audit chain holds: %n row, its link and hash intact, its end as last signed</numerusform>
            <numerusform>The audit chain holds: %n rows, every link and hash intact, its end as last signed</numerusform>
        </translation>
    </message>
    <message>
        <source>Once you have checked the rows named, &apos;recertify-cli audit checkpoint&apos; signs the chain&apos;s end as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the audit chain does not verify (see &apos;recertify-cli audit verify&apos;); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide for this assigned reviewer; only their manager in the people directory may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 decided by %2 on behalf of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decisions with a recommendation followed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a live source (entra, kubernetes) now, or every due connected source (--due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected sources and how often each is synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connected source named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync, once, every connected source whose interval has passed (for cron or a systemd timer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: the kubeconfig context (default: its current context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a live source into the store, in one transaction. Credentials come from the OS keychain (see recertify-cli secrets) or, for Kubernetes, from the kubeconfig as kubectl reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync --due: takes no connector; it runs every due source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connected sources. Add one with: recertify-cli sources add kubernetes NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list (the default), add KIND NAME, set NAME, or remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to sync: 30m, 6h, 1d, 1w, or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: the kubeconfig file (default: kubectl&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes: the context (default: the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entra: tenant id or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entra: application (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entra: Microsoft Graph base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected sources and their schedule. `recertify-cli sync --due` (cron, or the recertify-sync systemd user timer) syncs each one whose interval has passed. No credential is stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every: expected an interval of at least 5 minutes such as 30m, 6h, 1d, or off; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources add: expected KIND (%1) and NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources add entra: --tenant and --client-id are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced when asked (recertify-cli sync %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1; what it synced stays in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources set: expected --every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 syncs every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources: expected list, add KIND NAME, set NAME or remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name: expected a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name: only the mcp-tools format takes a name; %1 names its identities itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2	%3	last synced %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 syncs only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live source: aws, entra, github or kubernetes, or the name of a connected source (see recertify-cli sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github: the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github: the REST API (GitHub Enterprise Server: https://HOST/api/v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github: authenticate as this GitHub App, its private key in the keychain entry github-app:ORG (default: a token in github:ORG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws: the AWS CLI profile (default: the environment, $AWS_PROFILE or default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws: the region for STS (default: the profile&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws: also run IAM&apos;s service-last-accessed job for every role and user (when each service was last used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws: read CloudTrail LookupEvents, this many days back on the first run (at most 90), then from where the last run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws: send IAM and STS requests here instead (VPC endpoints, tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: expected the connector name (aws, entra, github or kubernetes) or a connected source&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint-url: expected a URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync github: --org is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-url: expected a URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github: the REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github: the GitHub App&apos;s id (its key in the keychain entry github-app:ORG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws: the AWS CLI profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws: the region for STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws: IAM and STS endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources add github: --org is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute findings and trust debt now and time it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyse: takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 identities: %2 open findings (%3 new, %4 resolved), trust debt %5; %6 of %7 grants used. %8 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests, %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1 closed: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remediation task(s)</source>
        <translation>
            <numerusform>%n remediation task</numerusform>
            <numerusform>%n remediation tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left undecided</source>
        <translation>
            <numerusform>%n item left undecided</numerusform>
            <numerusform>%n items left undecided</numerusform>
        </translation>
    </message>
    <message>
        <source>list, decide ITEM, amend ITEM or delegate ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer: whose items (list), who decides (decide, amend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected the ITEM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --reviewer, --ownership, --scope and --need are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 amended; the earlier decision stays on record, superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 amended by %2 on behalf of %3; the earlier decision stays on record, superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review: expected list, decide ITEM, amend ITEM or delegate ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each identity only the attestations (ownership, task scope, business need) whose certification has run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the ownership answer holds (default: a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the task scope answer holds (default: a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --reviewer is required, and an answer for each attestation item %2 asks: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a date such as 2027-06-30, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k8s-rbac: the namespace of objects that name none, as kubectl apply -n NS would apply a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--namespace: expected a namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--namespace: only the k8s-rbac format takes a namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check of this server from this machine: the chain&apos;s end (row %1) is now signed here; later checks compare with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) had been counted by an earlier import (same event id) and were not counted again</source>
        <translation>
            <numerusform>%n event had been counted by an earlier import (same event id) and was not counted again</numerusform>
            <numerusform>%n events had been counted by an earlier import (same event id) and were not counted again</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse every identity even when nothing changed since the last analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute privilege drift, findings and trust debt for the whole store now, in one transaction, and say how long it took. Imports, syncs and decisions do this on their own. When nothing changed since the last analysis (no change to the store, no date passed that turns a finding), it says so and keeps that analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the last analysis (snapshot %1); its findings stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) passed over:</source>
        <translation>
            <numerusform>%n item passed over:</numerusform>
            <numerusform>%n items passed over:</numerusform>
        </translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcp-tools: the agent&apos;s name when the files do not say (no serverInfo); default: the folder of a file with a name every dump shares (tools.json, tools-list.json, response.json…), else the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity data covers %1 of the last 90 days for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity data for %1 in the last 90 days (it ends on %2): usage unknown, so no grant is called unused, and it is called dormant only by a last use its source reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity data for %1 in the last 90 days: usage unknown, so no grant is called unused, and it is called dormant only by a last use its source reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired nothing: the input is no whole listing of an account, a namespace&apos;s service accounts, a tenant or an organisation, so what it leaves out is not taken as gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not seen in %n days of activity data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no activity data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired nothing: a credential report says how each user&apos;s password and keys are used; users it leaves out are retired by the account&apos;s export (aws iam get-account-authorization-details), which lists every user, role and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Already imported by this run, each in its own transaction: %1. Nothing of %2 was.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import identities, credentials, grants and activity from files. One transaction per format: a bad file leaves the store as it was (with auto and files of several kinds, the kinds imported before it stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Not tried: %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no call allowed; %n refused, the last on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>retired nothing: every file had been imported before, and what it leaves out may have come since from another input; import a fresh export to retire what is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>the demo estate written at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 import at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings are out of date and could not be recomputed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings were out of date (%1 ended before its analysis); recomputed them first: %n open</source>
        <translation>
            <numerusform>Findings were out of date (%1 ended before its analysis); recomputed them first: %n open</numerusform>
            <numerusform>Findings were out of date (%1 ended before its analysis); recomputed them first: %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings are out of date: %1 ended before its analysis. &apos;recertify-cli analyse&apos;, an import or a sync recomputes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings were last computed on %1; time-bound findings may have changed since. &apos;recertify-cli analyse&apos; recomputes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign trigger started campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurring campaign fell due and started as campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudTrailImporter</name>
    <message>
        <source>no userIdentity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no principal id or ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a CloudTrail log file: {&quot;Records&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: expected a CloudTrail record (eventVersion, eventName, userIdentity…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected CloudTrail records as JSON ({&quot;Records&quot;: […]}, one record per line, or aws cloudtrail lookup-events output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a single JSON document larger than %2 MB; expected one record per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 MB; expected one record per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: expected a JSON record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>skipped %n CloudTrail digest file(s): they hold hashes of log files, not events</source>
        <translation>
            <numerusform>skipped %n CloudTrail digest file: it holds hashes of log files, not events</numerusform>
            <numerusform>skipped %n CloudTrail digest files: they hold hashes of log files, not events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot parse: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: nested deeper than %3 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: one record larger than %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: only CloudTrail digest files (%n): they hold hashes of log files, not events; give the log files instead (AWSLogs/ACCOUNT/CloudTrail/…)</source>
        <translation>
            <numerusform>%1: only a CloudTrail digest file (%n): it holds hashes of log files, not events; give the log files instead (AWSLogs/ACCOUNT/CloudTrail/…)</numerusform>
            <numerusform>%1: only CloudTrail digest files (%n): they hold hashes of log files, not events; give the log files instead (AWSLogs/ACCOUNT/CloudTrail/…)</numerusform>
        </translation>
    </message>
    <message>
        <source>a network activity event (VPC endpoint), logged beside the call&apos;s own event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IAM Identity Center session (a person&apos;s permission set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AWS event notifications (S3, SQS, SNS: &quot;eventSource&quot;: &quot;aws:…&quot;), which name the resource that changed but not the identity that called; give the trail&apos;s log files instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one page of aws cloudtrail lookup-events output (it ends with NextToken): more events exist; without --max-items the AWS CLI reads every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2 of the compressed file: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: expected CloudWatch Logs subscription data (base64 of gzip), as a Lambda receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, batch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, results[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a CloudWatch Logs Insights row without @message, which holds the CloudTrail record; run the query with fields @message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2[%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CloudWatch Logs Insights answer whose query is %2, not Complete: its records are read, but the query may have found more; save the answer once it is Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: eventTime: missing; every CloudTrail record has the time of its call (give the records as CloudTrail wrote them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3: expected an ISO 8601 time, got &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid JSON: a line break or other control character inside a string, which JSON writes escaped (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AWS service&apos;s own role acting for the account (%1), no role the account owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its principal is redacted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlMapping</name>
    <message>
        <source>ownership attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task scope kept or reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business need certified, revoked or retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>federated credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>console password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialReportImporter</name>
    <message>
        <source>text/csv, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty; expected the credential report&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: no %3 column; the credential report&apos;s header starts user,arn,user_creation_time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has %4 (a cut or edited report?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header has no rows after it; the report lists the root user at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s root user (a person&apos;s sign-in, not a workload identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the root user of account %3 has an active access key (%4); AWS advises that the root user have none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IAM user&apos;s ARN, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an AWS error answer (%2), not a report: run aws iam generate-credential-report until it says COMPLETE, then get the report again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report (the answer of aws iam get-credential-report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 lists %3 again (first on line %4); the second row was passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an AWS error answer (%2), not a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starts as the report in base64, but is not base64 throughout (cut off?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty; expected a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: unknown header; expected that of identities.csv (%3) or of activity.csv (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: missing column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, but the header has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: no identity_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed, denied or error, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3: expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true, false, yes, no, 1 or 0, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 time, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a record longer than %2 MiB; is a quote left open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the quoted field that starts here is never closed</source>
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
    <message>
        <source>your database login is not allowed to do this (%1)</source>
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
        <source>expected 1 to 5000000 identities, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the database already holds %n identities; use another database file, or replace the estate</source>
        <translation>
            <numerusform>the database already holds %n identity; use another database file, or replace the estate</numerusform>
            <numerusform>the database already holds %n identities; use another database file, or replace the estate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftAnalyzer</name>
    <message numerus="yes">
        <source>%1 was not used in the last %n days</source>
        <translation>
            <numerusform>%1 was not used in the last %n day</numerusform>
            <numerusform>%1 was not used in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the declared task scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried %1, which no grant allows (denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was granted after the certification of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 expired on %3 and is still enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 expires on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 was issued %n days ago and never rotated</source>
        <translation>
            <numerusform>%1 %2 was issued %n day ago and never rotated</numerusform>
            <numerusform>%1 %2 was issued %n days ago and never rotated</numerusform>
        </translation>
    </message>
    <message>
        <source>its retirement date %1 has passed and it is still enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never used since it was created on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last used %n days ago</source>
        <translation>
            <numerusform>last used %n day ago</numerusform>
            <numerusform>last used %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>no business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1 is not in the people directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1 has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no documented purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry date or retirement condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last certified on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactive use: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached, but its content was not in the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool %1 may change or delete data (its server marks it destructive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal of %1 requested on %2, overdue since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal of %1 requested on %2, overdue after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone may assume it (trust policy principal &quot;*&quot;), subject to a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone may assume it (trust policy principal &quot;*&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, outside its own account, may assume it, subject to a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, outside its own account, may assume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through a direct grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>never used since it was created on %1; %n calls with it were denied, the last on %2</source>
        <translation>
            <numerusform>never used since it was created on %1; %n call with it was denied, on %2</numerusform>
            <numerusform>never used since it was created on %1; %n calls with it were denied, the last on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools the input does not mark read-only or non-destructive may change or delete data, as MCP assumes of unmarked tools: %1</source>
        <translation>
            <numerusform>%n tool the input does not mark read-only or non-destructive may change or delete data, as MCP assumes of unmarked tools: %1</numerusform>
            <numerusform>%n tools the input does not mark read-only or non-destructive may change or delete data, as MCP assumes of unmarked tools: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 through %2 lets it give itself any permission (privilege escalation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never used from its creation on %1 to the credential report of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 expired on %3 and was never removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acts on the data of every user in the tenant: an application permission needs no signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is granted cluster-wide (through %2): it may delete them across the whole cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used from %1, when AWS began recording use, to the credential report of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never used from its creation on %1 to AWS&apos;s report of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used in the %1 days AWS tracks before its report of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in namespace %2 (through %3): every Secret of that namespace can be read, service account tokens among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in namespace %2 (through %3): a pod it makes or changes may run as any service account of that namespace and read any of its Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is granted cluster-wide (through %2): a namespace&apos;s labels set its Pod Security level, so it may let privileged pods into any namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on all repositories, those made later too: it may change the code or the workflows of every one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on all repositories of %2, those made later too: it may change the code or the workflows of every one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on namespace %2 (through %3): its labels set its Pod Security level, so it may let privileged pods into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n admin permission(s) through %2: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntraGraphImporter</name>
    <message>
        <source>a Microsoft Graph response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a Microsoft Graph response, or an object of responses keyed by request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds a Microsoft Graph error, not data: %2: %3. Export again once the request succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is Azure AD Graph output (graph.windows.net), which Microsoft has retired. Export from Microsoft Graph instead, for example: az rest --url https://graph.microsoft.com/v1.0/servicePrincipals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2: a user&apos;s sign-in (%3), not a workload identity&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service principal that signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sign-in(s) delivered more than once (same id) counted once</source>
        <translation>
            <numerusform>%1: %n sign-in delivered more than once (same id) was counted once</numerusform>
            <numerusform>%1: %n sign-ins delivered more than once (same id) were counted once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: record %2: not a sign-in log (category %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2: a sign-in of one of Microsoft&apos;s own service principals (MicrosoftServicePrincipalSignInLogs), not of the tenant&apos;s workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a sign-in log record without the properties that hold the sign-in (and the operationName beside them), so nothing says who signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid JSON: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: diagnostic records of category %2, not a sign-in log: passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Azure Monitor diagnostic records of %2 only, none a sign-in log, so nothing says which workload identity was used; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Entra&apos;s directory audit log, which records changes to the directory, not the use of an identity: passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Entra&apos;s directory audit log, which records changes to the directory, not the use of an identity; give sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a new client secret as Microsoft Graph returns it once (addPassword): it holds the secret itself, which may still be valid; passed over, not stored: delete the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraGraphMapper</name>
    <message>
        <source>an array of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: not a Microsoft Graph object this importer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: an app role assigned to a %3, not to a workload identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object id of the service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of an app role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object id of the client service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a user&apos;s sign-in, not a workload identity&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key id of the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credential %2 of app %3, whose service principal is not in the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new credential %2 of %3, which is not in the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application&apos;s appId (a $select that leaves it out cannot be imported; select appId too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last sign-in of credential %2 of app %3, whose service principal is not in the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a federated credential that does not say whose it is; save the request line (GET /applications/{id}/federatedIdentityCredentials) with the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the federated credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n object(s) is a service principal, application, app role assignment, permission grant or sign-in that Recertify reads</source>
        <translation>
            <numerusform>%1: its %n object is not a service principal, application, app role assignment, permission grant or sign-in that Recertify reads</numerusform>
            <numerusform>%1: none of its %n objects is a service principal, application, app role assignment, permission grant or sign-in that Recertify reads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: credentials of %2, which the input does not hold; import them together with the application or service principal they belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object id of the role&apos;s holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of a role definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 held by a %4, not a workload identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a sponsor given by id only (%3), with no mail or userPrincipalName to name the person; list sponsors with $select=id,mail,userPrincipalName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: an owner given by id only (%3), with no mail or userPrincipalName to name the person; list owners with $select=id,mail,userPrincipalName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: @odata.nextLink: more pages exist than were given; what they hold is not counted (give every page, or sync the tenant live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a certificate and this secret share key id %3: both kept, the secret as &quot;%3 (secret)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: Azure role %3 held by a %4, not a workload identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: its %n object(s) carry an id, an appId and a few more fields, which fit an application and a service principal alike; export them with servicePrincipalType (service principals) or signInAudience (applications) too, or without narrowing the fields (Get-MgServicePrincipal or Get-MgApplication without Select-Object)</source>
        <translation>
            <numerusform>%1: its %n object carries an id, an appId and a few more fields, which fit an application and a service principal alike; export it with servicePrincipalType (service principals) or signInAudience (applications) too, or without narrowing the fields (Get-MgServicePrincipal or Get-MgApplication without Select-Object)</numerusform>
            <numerusform>%1: its %n objects carry an id, an appId and a few more fields, which fit an application and a service principal alike; export them with servicePrincipalType (service principals) or signInAudience (applications) too, or without narrowing the fields (Get-MgServicePrincipal or Get-MgApplication without Select-Object)</numerusform>
        </translation>
    </message>
    <message>
        <source>the object id of the managed identity&apos;s service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 held by %3, whose type the input does not give and which is not a service principal in it (import the service principals too, or assignments that name the holder&apos;s type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a last sign-in that names no application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Microsoft&apos;s own service principals, which Microsoft&apos;s tenants own and run rather than this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a user&apos;s sign-in, not a workload identity&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lists no more than one object in any answer, as a lookup by $filter or $search does; nothing it leaves out was retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an app role assigned to a %2, not to a workload identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a service principal read for its app roles only (no appId or displayName): its roles name the permissions others hold; not governed here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraLiveImporter</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token endpoint refused the client credentials of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token response holds no access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: @odata.nextLink points to another host (%2); refusing to send the token there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>%1: cannot create the bundle (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write %2 into the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the finished bundle into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: damaged (its checksum in the zip does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged inside the zip (checksum error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing from the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS: line %1 is not in sha256sum&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: listed in SHA256SUMS but missing from the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in the bundle but not listed in SHA256SUMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer.pub.pem: not a readable Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS.sig: the signature does not verify against SHA256SUMS and signer.pub.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer.pub.pem: changed: it is not the key that signed SHA256SUMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS: changed: its signature does not verify (it lists hashes for %1 that do not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed: its SHA-256 does not match SHA256SUMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer.pub.pem: signed by %1, which is not the trusted key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip directory: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip directory: %1 entries where a bundle has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip directory: an entry cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a path inside the zip; a bundle holds plain file names only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a member of an evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: appears twice in the zip; which one a tool reads would differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than its limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: compressed more than %2 to 1, as no real evidence is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip directory: damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: larger than its limit of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read from the zip (its local header disagrees with the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than its limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be hashed (out of memory)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatSniffer</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a folder with no file Recertify can import (JSON, JSON Lines, YAML, gzip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CloudTrail digest file: it holds hashes of log files, not events. Give the log files under AWSLogs/…/CloudTrail/ instead (a folder with both is fine: digests are skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UTF-16 text without a byte order mark; save it as UTF-8 (or UTF-16 with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: looks like CSV, but without the identity_id or timestamp column Recertify&apos;s CSV import needs (see the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON, Kubernetes YAML (no kind or apiVersion) or CSV; nothing Recertify imports looks like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CloudTrail digest file: it holds hashes of log files, not events. Give the log files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Microsoft Graph error response, not data; export again once the request succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Azure AD Graph output (graph.windows.net), which Microsoft has retired; export from Microsoft Graph instead (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: JSON that matches no format Recertify imports (AWS IAM or CloudTrail, Kubernetes, Microsoft Graph, GitHub, MCP); name the format instead of auto to see which field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output of aws iam list-roles or list-users, which leaves out every policy; export the account with aws iam get-account-authorization-details instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output of aws iam %2, which leaves out the policies that say what it may do; export the account with aws iam get-account-authorization-details instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output of aws iam generate-service-last-accessed-details, which only starts the report; import what aws iam get-service-last-accessed-details --job-id gives once it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudTrail Lake query results, which hold only the columns the query chose; give the trail&apos;s log files, an export of whole records (one per line), or aws cloudtrail lookup-events output instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OCSF records (Amazon Security Lake), not CloudTrail&apos;s own record format; give the trail&apos;s log files or an export of CloudTrail records instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the file looks like %2 input: import it as %2, or with auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Entra&apos;s directory audit log, which records changes to the directory, not the use of an identity; give sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output of %2, which says nothing of what the identity may do; export the account with aws iam get-account-authorization-details, and its activity from CloudTrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Amazon S3 event notifications, which name the object changed but not the identity that called; give the trail&apos;s log files (S3 data events) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Microsoft Sentinel&apos;s AWSCloudTrail table saved as CSV, which flattens each record into columns and leaves parts out; give the trail&apos;s log files, or whole CloudTrail records one per line, instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output of az ad sp create-for-rbac. It holds a live secret (password): delete the file. Export the service principals (az ad sp list --all) and applications instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output of aws iam create-access-key. It holds a live secret key: delete the file. The account&apos;s export (get-account-authorization-details) and CloudTrail say who holds which key and when it was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Amazon Bedrock model invocation logs, which keep prompts and answers; who called which model is in CloudTrail (InvokeModel, Converse): give the trail&apos;s log files instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IAM Access Analyzer findings, which judge access rather than list it; export the account with aws iam get-account-authorization-details and its use from CloudTrail, and Recertify finds unused access itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: admission webhook requests (AdmissionReview, as kube-audit-rest logs them), which leave out reads and carry no time; give the API server&apos;s audit log (--audit-log-path, or the EventList an audit webhook receives) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Microsoft Graph activity logs, which Recertify does not read yet; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a person&apos;s public SSH keys (GET /users/USER/keys), which sign in as that person; they are not deploy keys. Give a repository&apos;s deploy keys (GET /repos/OWNER/REPO/keys) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a list of GitHub Actions secrets, which names stored values, not identities; the workflows that read them act as the repository&apos;s GITHUB_TOKEN or an App. Give the App&apos;s installations or the organization&apos;s audit log instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a GitHub webhook delivery (%2) that describes no App installation; give the installation or installation_repositories events, or GET /orgs/ORG/installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a GitHub App&apos;s definition (GET /app), which says what the App may ask for, not where it is installed or what each installation was granted; give the App&apos;s installations instead (GET /app/installations, or GET /orgs/ORG/installations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an access token as GitHub hands it out (POST …/access_tokens, or the OAuth token exchange). It holds a live secret and does not say which installation or App it belongs to; delete the file, and give the App&apos;s installations (GET /app/installations) or the organization&apos;s audit log instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a log pipeline&apos;s capture that keeps each CloudTrail record as a string (_raw); export the records themselves, one per line, or the trail&apos;s log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a ZIP archive; unzip it and import the files inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Git LFS pointer, not the file it stands for; fetch the file (git lfs pull) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an empty JSON list: nothing to import, and nothing to tell its format by; name the format to import it as an empty answer (Docker&apos;s MCP catalogue writes [] for a server that lists its tools only when it runs: save its tools/list answer instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a GitHub App&apos;s installation requests (GET /app/installation-requests): people asking for the App to be installed, which grants nothing yet; give the App&apos;s installations instead (GET /app/installations, or GET /orgs/ORG/installations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hidden folders are not read: %1; give the files in them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hidden files and folders are not read: %1; give them by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudWatch Logs subscription data as a Lambda receives it; Recertify reads CloudTrail records in this form (import it as aws-cloudtrail); for other logs save the log group&apos;s events instead (aws logs filter-log-events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an Azure AD Graph error response (graph.windows.net), not data; Azure AD Graph is retired: export from Microsoft Graph instead (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a new client secret as Microsoft Graph returns it once (addPassword). It holds the secret itself, which may still be valid: delete the file. The passwordCredentials of the application or service principal (GET /applications or /servicePrincipals, which never show the secret) say when each one expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: admission webhook requests (AdmissionReview, as kube-audit-rest logs them), which leave out every read (get, list, watch never reach a webhook), so what an identity uses cannot be told; give the API server&apos;s audit log (--audit-log-path, or the EventList an audit webhook receives) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Google Cloud Logging entries of Kubernetes Events (logs/events), which say what happened to objects, not who acted; export the cluster&apos;s audit logs instead (cloudaudit.googleapis.com/activity and data_access, service k8s.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Google Cloud Logging entries that are no audit log (a jsonPayload, not a protoPayload); export the cluster&apos;s audit logs instead (cloudaudit.googleapis.com/activity and data_access, service k8s.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub secret scanning alerts (GET …/secret-scanning/alerts): they name secrets found in code, not the identities that hold them, and are not imported; export the organisation&apos;s installations, tokens or audit log instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OCSF records (Amazon Security Lake) of a Kubernetes cluster&apos;s audit log, not the audit Events themselves; give the cluster&apos;s audit log instead (EKS: its control plane&apos;s audit log group, read with aws logs filter-log-events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds files of several kinds, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Prowler scan report (CSV), which judges settings check by check rather than listing identities; give the inventory it read instead (aws iam get-account-authorization-details, kubectl get … -o yaml, Microsoft Graph exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloudsplaining&apos;s scan results, which judge each policy rather than list the account; give the file cloudsplaining scanned instead (aws iam get-account-authorization-details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: findings of %2 (OCSF Detection Finding), which judge settings check by check rather than list identities; give the inventory it read instead (aws iam get-account-authorization-details, kubectl get … -o yaml, Microsoft Graph exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Microsoft 365&apos;s unified audit log (Exchange, SharePoint, Teams operations), which Recertify does not read; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Azure&apos;s activity log (calls to Azure Resource Manager), which Recertify does not read; give the role assignments (az role assignment list --all) and the workload sign-in logs instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an AWS API&apos;s XML answer (%2), which Recertify does not read; give the JSON the AWS CLI prints for the same call (aws iam get-account-authorization-details &gt; FILE.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Azure Monitor diagnostic records of category %2, which say nothing of a workload identity&apos;s use; give the workload sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) or Microsoft Graph exports instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an IAM policy document (Version and Statement), which says what may be done but not who holds it; export the account with aws iam get-account-authorization-details, which holds every policy beside the users, groups and roles it is attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output of one aws iam policy command (get-policy, get-policy-version, get-role-policy, list-attached-role-policies, list-policies…), which leaves out who holds what; export the account with aws iam get-account-authorization-details instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AWS Organizations output (accounts, organizational units or service control policies), which names no identity of an account; export each account with aws iam get-account-authorization-details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: JSON whose beginning is missing (it starts inside a value): save the whole file again, from its first { or [</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubAppJwt</name>
    <message>
        <source>the GitHub App&apos;s private key is not an RSA key in PEM form (download it again from the App&apos;s settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing the GitHub App token failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubImporter</name>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the GitHub App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 without a token (web activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 with a personal SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: names no token or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: expected one JSON object per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the deploy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy key %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: [%2]: a personal SSH key of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token …%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: [%2]: a personal SSH key, not a deploy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a GitHub App installation, a list of installations, of personal access tokens, of SSO credential authorizations or of deploy keys, or the organisation&apos;s audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled at record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: an app&apos;s token, but the record names neither the installation nor the app&apos;s bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two tokens of %2 are named &quot;%3&quot;: audit records that name a token only by its name are not given to either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer of GitHub&apos;s OAuth Authorizations API (GET /authorizations), which GitHub removed in 2020; export the organisation&apos;s audit log or its credential authorizations (GET /orgs/{org}/credential-authorizations) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a GitHub webhook delivery of another event, which names installation %2 only by its id; the installation and installation_repositories events describe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 by %4 has no time (created_at or @timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 lists no permissions; what it may do is unknown, not nothing, until an answer with its permissions is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 without a token (a person&apos;s git access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: [%2]: an SSH key under /user/keys/: a person&apos;s own key, or a deploy key as GitHub listed them before 2015; export GET /repos/OWNER/REPO/keys again to import a repository&apos;s deploy keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: request %2 was approved: the token&apos;s access shows in the organisation&apos;s list of tokens (GET /orgs/ORG/personal-access-tokens); import that to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot inflate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub secret scanning alerts (GET …/secret-scanning/alerts): they name secrets found in code, not the identities that hold them, and are not imported; export the organisation&apos;s installations, tokens or audit log instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a list whose first item is no App installation (app_id), personal access token (token_id), SSO credential authorization (credential_id) or deploy key (key); expected one of those lists, or the organisation&apos;s audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deploy key(s) without their url, which names the repository each opens: their access is kept as to a repository not named; give the answer of gh api repos/OWNER/REPO/keys as GitHub sends it (gh repo deploy-key list --json leaves the url out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHubLiveImporter</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (keychain entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub App %2 is not installed on %3 or its key was refused: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no installation token for GitHub App %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot reach GitHub: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GitHub refused the credentials in the keychain entry %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3); this run says nothing about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the next page is on another host (%2); refusing to send the token there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-grained personal access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal access token requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log (GitHub Enterprise Cloud, read:audit_log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the credentials may read nothing of the organisation %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GzipDevice</name>
    <message>
        <source>a compressed stream can only be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start decompressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data ends early (truncated file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt compressed data at byte %1 of the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityChanges</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) added: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) removed: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) added: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) removed: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled at its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown as %1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more identities that changed</source>
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
    <message>
        <source>App registration</source>
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
        <source>Several identities are called &quot;%1&quot;; use the id or native id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity with id, native id or name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <source>AWS IAM authorization details (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CloudTrail logs (.json, .json.gz, folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IAM Access Advisor (last accessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes RBAC, service accounts and pods (kubectl JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes audit log (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Graph responses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub app installations, tokens and audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP tools/list of an AI agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (identities.csv, activity.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IAM credential report (users&apos; keys and passwords)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InMemorySecretStore</name>
    <message>
        <source>No secret is stored under &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonArrayStream</name>
    <message>
        <source>%1: byte %2: cannot read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: the file ends inside a JSON value (truncated?); expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: expected an object in the %3 array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: unexpected &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: invalid JSON record: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: one record larger than %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: nested deeper than %3 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starts as UTF-16 text but is not valid UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3 (byte %4): invalid JSON: %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the file ends there: it looks cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the line ends there: it looks cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid JSON: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds one JSON value per line (JSON Lines, %2 values), where one JSON document was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a second JSON document begins after the first ends, as jq prints values one after another; write one per line (jq -c) or one array (jq -s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>K8sAuditImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a service account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected Kubernetes audit events as JSON (one per line, an EventList, or a cloud export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected Kubernetes audit events: one per line, an EventList (items), AKS records, or a CloudWatch or Cloud Logging export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an array of audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 MB; expected one event per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: expected a JSON audit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: audit events nested deeper than %3 envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an audit record (category %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: expected a Kubernetes audit Event (&quot;kind&quot;: &quot;Event&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: an event without a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: verb: expected the request&apos;s verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: timestamp: expected the time of the entry, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Kubernetes API call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3: expected a timestamp, got &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) logged more than once (same auditID) were counted once</source>
        <translation>
            <numerusform>%n event logged more than once (same auditID) was counted once</numerusform>
            <numerusform>%n events logged more than once (same auditID) were counted once</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: %3 bound %4 %5 to %6; an audit log records use, not grants: import the cluster&apos;s RBAC (kubectl get clusterrolebindings,rolebindings -A -o yaml) to see what it holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more role binding(s) to service accounts were created or changed in this log</source>
        <translation>
            <numerusform>%n more role binding to service accounts was created or changed in this log</numerusform>
            <numerusform>%n more role bindings to service accounts were created or changed in this log</numerusform>
        </translation>
    </message>
    <message>
        <source>a Google Cloud audit entry of %1, not a call to a cluster&apos;s Kubernetes API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a CloudWatch Logs Insights row without @message, which holds the audit event; run the query with fields @message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service account&apos;s request logged only at stage RequestReceived, before it was authorised: whether it was allowed is not in the log (an audit policy that omits ResponseComplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: stageTimestamp: missing, and requestReceivedTimestamp too; every audit event the API server writes has the time it was received, and a use without its time cannot be placed in any window (give the events as the API server or the cluster&apos;s log service wrote them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3: expected a timestamp as text (RFC 3339), got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another kind of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) at stage RequestReceived, logged before the request was authorised: each request is counted once, at the stage that says whether it was allowed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>K8sLiveImporter</name>
    <message>
        <source>%1: cluster &quot;%2&quot;: the certificate authority is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the client certificate or its key is not PEM (RSA or EC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot reach the API server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not allowed to list %2 (%3); this run says nothing about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API server refused the credentials of user &quot;%2&quot; (context &quot;%3&quot;): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: listing %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: listing %2: the answer is not a Kubernetes list (byte %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; may not list any of the kinds Recertify reads; grant the ClusterRole from the README</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>K8sRbacImporter</name>
    <message>
        <source>a Kubernetes List or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Role or ClusterRole reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a service account subject without a namespace or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a service account token without the kubernetes.io/service-account.name annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timestamp, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 %4 expands to %L5 grants (verbs × resources); the limit is %L6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClusterRole %1 aggregates other roles, but none it selects is in the input: its bindings are kept as unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 %4 names no namespace: a manifest applied with kubectl apply -n; give the namespace it is applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClusterRole aggregation stopped at %L1 rules; the limit is %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a kustomization beside these manifests may rename them and set their namespace; import what kubectl kustomize (or kubectl get -o yaml) gives for what is deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 binds %4 %5 to service account %6 without a namespace, which the API server refuses: not applied; give the namespace it is deployed in (--namespace) or import what kubectl kustomize gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 names service account %4 without a namespace; taken as %5, the namespace given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a service account user without a namespace or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the security context constraints %2 name no service account in their users or groups; people, nodes and system users are outside the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2: a list of %n item(s) without the &quot;kind: List&quot; that kubectl writes after them: the file looks cut off</source>
        <translation>
            <numerusform>%1: %2: a list of %n item without the &quot;kind: List&quot; that kubectl writes after it: the file looks cut off</numerusform>
            <numerusform>%1: %2: a list of %n items without the &quot;kind: List&quot; that kubectl writes after them: the file looks cut off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) but no binding or service account: nothing in the input holds them; give the bindings too (kubectl get serviceaccounts,roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml)</source>
        <translation>
            <numerusform>%n role but no binding or service account: nothing in the input holds it; give the bindings too (kubectl get serviceaccounts,roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml)</numerusform>
            <numerusform>%n roles but no binding or service account: nothing in the input holds them; give the bindings too (kubectl get serviceaccounts,roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: a rule without verbs, which the API server refuses: the file looks cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a rule without resources or URLs, which the API server refuses: the file looks cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 ends the file without a line break, which kubectl, Helm and kustomize always write: if the file was cut off, %3 %4 at its end may be incomplete and what followed is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 grants %4 %5 inside namespace %6 only, where cluster-wide resources and URLs do not exist: not counted for %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is the start of a Kubernetes verb, and the file ends there without a line break: it looks cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, the last, has an apiVersion but no kind, which kubectl refuses (&quot;Object &apos;Kind&apos; is missing&quot;): the file looks cut off there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; ends the file without a line break or the colon of a key: it looks cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 ends the file without a line break, which kubectl, Helm and kustomize always write: the file looks cut off inside %3 %4, which is not read (its service account may be what is missing), and what followed is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects: expected the output of kubectl get … -o json or -o yaml, or RBAC manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files hold no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects (Services, ConfigMaps…) and were passed over, %1 among them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects; passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Kubernetes List or a ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload (Deployment, StatefulSet, DaemonSet, Job…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s) name no namespace (a manifest applied with kubectl apply -n); taken as %2, the namespace its ClusterRoleBindings give its service accounts (give the namespace to say otherwise)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a namespace name (lowercase letters, digits and &apos;-&apos;), got &quot;%1&quot;, which the API server refuses: a template&apos;s placeholder? Import the manifest as rendered (helm template, envsubst, kubectl kustomize) or what kubectl get gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 binds service account %4 in &quot;%5&quot;, which is no namespace name (a template&apos;s placeholder?): no account can be there, passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the namespace given, &quot;%1&quot;, is no namespace name (lowercase letters, digits and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: ClusterRoleBinding %3 refers to Role %4, which the API server refuses (a ClusterRoleBinding refers to a ClusterRole only): it grants nothing; not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 names service account %2, which the input&apos;s list of namespace %3&apos;s accounts does not hold: no such account exists, so nothing holds what it grants; whoever makes an account of that name gets it (%n grant(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: an empty item, which grants nothing: the file looks cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) the bindings name, Kubernetes&apos; own, are not in the input: %1; their default rules are used, which the API server restores at every start</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or workload objects, only %2: expected the output of kubectl get … -o json or -o yaml, or RBAC manifests (what an operator&apos;s resources make: kubectl get serviceaccounts,roles,clusterroles,rolebindings,clusterrolebindings -A -o yaml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?) reading &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored under &quot;%1&quot; in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?) storing &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?) removing &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeConfig</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is larger than 4 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a kubeconfig (expected kind: Config with clusters, users and contexts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig found (looked at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no current-context is set; name the context to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no context named &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; names the cluster &quot;%3&quot;, which no kubeconfig file defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API server&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: context &quot;%2&quot; names the user &quot;%3&quot;, which no kubeconfig file defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; uses a legacy auth-provider, which kubectl itself no longer supports; switch it to the exec plugin of the cluster&apos;s vendor (gke-gcloud-auth-plugin, kubelogin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; signs in with a username and password, which the Kubernetes API no longer accepts; use a token, a client certificate or an exec plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; has a client certificate without its key, or a key without its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin&apos;s command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: exec apiVersion &quot;%3&quot; is not supported (expected %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin &quot;%3&quot; is not installed or not on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 did not start: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 did not finish within two minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 failed with exit code %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin %3 did not print an ExecCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin answered with apiVersion &quot;%3&quot;, the kubeconfig asks for &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin&apos;s ExecCredential holds neither a token nor a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot;: the credential plugin&apos;s expirationTimestamp &quot;%3&quot; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <source>No identity with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity cannot go from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 1: expected the header email,name,manager,active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 1: missing column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: expected %3 fields, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: email: expected an email address, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: active: expected true or false, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an email address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lifecycle change needs a reason</source>
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
    <message>
        <source>discovered by sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed by the source again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in the source&apos;s inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed at the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen in activity, not in any inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in an imported file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveHttp</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSources</name>
    <message>
        <source>Kubernetes, context %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID, tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown kind of source &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS account, profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(environment or default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub organisation %1, as App %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpToolsImporter</name>
    <message>
        <source>the name of the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON-RPC tools/list response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: the server answered tools/list with error %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tools of a tools/list result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an MCP client configuration (mcpServers / servers): it says how to start servers, not which tools they offer. Save each server&apos;s tools/list answer (for example with the MCP Inspector) and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an MCP registry entry (server.json: packages, remotes): it says where to get a server, not which tools it offers. Save the server&apos;s tools/list answer and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an empty list of tools: the server says which tools it offers only when it runs; save its tools/list answer (for example with the MCP Inspector) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an MCP Bundle manifest that declares no tools (they are optional there); save the server&apos;s tools/list answer and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a tools/list the server refused (%3), passed over for the one it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server-sent events without a JSON-RPC answer (result or error): save the server&apos;s answer to tools/list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the definition of one MCP tool (%2), not a server&apos;s list of tools: save the server&apos;s tools/list answer (for example with the MCP Inspector) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the tools/list answer says more tools follow (nextCursor): the %n tool(s) the file holds are added to %2, and none it leaves out is taken away; save every page to see them all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: an MCP sampling request (sampling/createMessage): its tools are offered to a model for one completion, not a server&apos;s list of tools; save the server&apos;s tools/list answer and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server&apos;s initialize (or server/discover) answer holds no tools; give its tools/list answer too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server&apos;s initialize (or server/discover) answer, which names the server; its tools come from the tools/list answer beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer to a tools/call, one tool&apos;s output, holds no tools; give the server&apos;s tools/list answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer to a tools/call, one tool&apos;s output, not the tools the server offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: a list of %n name(s), not tools: save the server&apos;s tools/list answer, whose tools carry their description, input schema and annotations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a JSON-RPC request (%2) as a client sends it to the server, not the server&apos;s answer; save what the server answered to tools/list and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a JSON-RPC request (%2) as a client sends it, not the server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: a list of %n HTTP route(s) (endpoint and method), not MCP tools, which carry an input schema; save the server&apos;s tools/list answer and import that</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Decided and pending items per reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recertify · signed review evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every identity that is not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this bundle offline: unzip it, then run openssl pkeyutl -verify -pubin -inkey signer.pub.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig and sha256sum -c SHA256SUMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged as rubber-stamping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion per reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decisions in all; the %2 listed here are every one that was not a plain certification, then the first certifications. decisions.csv in this bundle lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer (decided by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision asked for a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation tasks are made when the campaign closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping to OWASP NHI Top 10 (2025) and NIST CSF 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWASP NHI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIST CSF 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 identities; SHA-256 of their sorted source and native ids: %2 (recompute it from evidence.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the 90 before the start with activity data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync run of each input that finished well before the campaign started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added / changed / removed; complete for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (it retired nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls these decisions evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync run finished before the campaign started: the estate was not imported here (a demo or a restored store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) were amended by their reviewer before the campaign closed; the amendments are listed here, and decisions.csv keeps both, each amendment naming the decision it supersedes.</source>
        <translation>
            <numerusform>%n decision was amended by its reviewer before the campaign closed; the amendment is listed here, and decisions.csv keeps both, the amendment naming the decision it supersedes.</numerusform>
            <numerusform>%n decisions were amended by their reviewers before the campaign closed; the amendments are listed here, and decisions.csv keeps both, each amendment naming the decision it supersedes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reviewers in all; the %2 with the most items pending are listed here. campaign.json in this bundle lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderExport</name>
    <message numerus="yes">
        <source>Reminder: %n review(s) waiting in &quot;%1&quot;</source>
        <translation>
            <numerusform>Reminder: %n review waiting in &quot;%1&quot;</numerusform>
            <numerusform>Reminder: %n reviews waiting in &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity review(s) in &quot;%1&quot; are waiting for your decision; the campaign is due on %2. Open Recertify, My reviews.</source>
        <translation>
            <numerusform>%n identity review in &quot;%1&quot; is waiting for your decision; the campaign is due on %2. Open Recertify, My reviews.</numerusform>
            <numerusform>%n identity reviews in &quot;%1&quot; are waiting for your decision; the campaign is due on %2. Open Recertify, My reviews.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>No review item with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was already decided on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 changed while you were looking at it (someone decided or reassigned it); reload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reducing scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was decided by someone else a moment ago; nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second stage, after %1 certified it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is assigned to %2; %3 cannot hand it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 changed a moment ago; nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its owner %1 is not in the people directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its owner %1 has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership cannot be confirmed: %1. Name a new owner or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is assigned to %2, not to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is assigned to %2; %3 cannot decide it (their manager may review on their behalf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may review on behalf of %1, and the people directory names none for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1&apos;s manager, %2, may review on their behalf; %3 may not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the email address of another reviewer, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new owner needs an email address, such as ada@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected confirm or reassign=EMAIL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reducing the scope needs the grants to remove, such as s3:PutObject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a grant of this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected keep or reduce=PERM[,PERM…], got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected certify[=DATE], revoke or retire, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certification date %1 has already passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certifying an identity with open high-severity findings needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no decision to amend yet; decide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1&apos;s campaign is closed; its decisions can no longer be amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 changed while you were looking at it (someone amended it); reload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second stage (%1) already reviews what was certified here; amend it there, or ask them to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was amended by someone else a moment ago; nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item does not ask about %1: it is still certified; leave it unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item asks about %1: answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 has already passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SightedLog</name>
    <message>
        <source>cannot read back the event ids kept on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>Cannot write the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate an Ed25519 key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 private key has 32 bytes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Ed25519 key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an Ed25519 private key in PEM form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an Ed25519 public key in PEM form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <source>No signing key yet: the first export makes one. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; a signing key in a PEM file can sign instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagingSink</name>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the same credential id is listed more than once; kept once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>id %1 acts under two ARNs, %2 and %3: counted as one identity, as the id says (a renamed user keeps its id); if they are two principals, the log mixes them up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 acts as a user and as a role, %2 and %3: counted as one identity, as the id says, though IAM never gives a user and a role one id; the log mixes two principals up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 acts as two roles, %2 and %3: counted as one identity, as the id says, though IAM gives every role its own id; the log mixes two principals up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>id %1 acts under %n ARNs, %2: counted as one identity, as the id says (a renamed user keeps its id); if they are several principals, the log mixes them up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1: the table is missing in one of the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rows %2–%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data (%2 rows in %3); migrate copies into an empty store only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows in the source but %3 in the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied audit chain does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chains end differently: %1 in the source, %2 in the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store to copy from and the store to copy to are the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder; %2 reads files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be hashed (out of memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the folder, not %1 input by name, passed over: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWriter</name>
    <message>
        <source>cannot record which events were counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this input lists %2 and leaves out %3 that the store knows there; that looks like a filtered or partial answer, so nothing was retired. Retire them by hand if they are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) appeared more than once in the input (same event id) and were counted once</source>
        <translation>
            <numerusform>%n event appeared more than once in the input (same event id) and was counted once</numerusform>
            <numerusform>%n events appeared more than once in the input (same event id) and were counted once</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is retired; a webhook delivery that still describes it leaves it so (GitHub gives a reinstalled App or a key added again a new id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now names a principal with id %2; the one the store knew by that name (id %3) was deleted and made again, and is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × IAM users seen only signing in to the console and working in it, people rather than non-human identities, not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identities stored by an earlier version are no longer kept (people&apos;s sign-in roles, Microsoft&apos;s own service principals): %1. They still exist at the source, so they were left as they were; retire them by hand.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>id %1 acts as %2 in this input and names %3 in the store: counted as that identity, as the id says, though IAM never gives a user and a role one id; the logs mix two principals up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × IAM users with a console password and no access key or certificate, people rather than non-human identities, not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <source>Server: expected a host name or address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: expected 1 to 65535, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: expected a database name, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: expected a database login, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a team server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password never goes into the settings; keep it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the member&apos;s email address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team mode needs a PostgreSQL store (postgresql://user@host:port/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected manager, reviewer or auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database login (lower-case letters, digits and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a privileged login; team members sign in with logins of their own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>Cannot create the login %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot grant %1 to %2 (run team init first): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>The template was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign template with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of days of at least 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected technical or manager, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template called &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerService</name>
    <message>
        <source>started by a trigger: it acted outside its declared scope since the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by a trigger: its owner left or is no longer in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by a trigger: a credential expires soon; renew it or let it go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by a trigger: its trust debt crossed the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by the %1 trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger needs an email address for what no active owner can review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDebtWeights</name>
    <message>
        <source>No accountable owner: missing, unknown or departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its expiry or retirement date, yet still enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did or tried something outside its granted or declared scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person used this machine identity interactively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential older than the rotation policy, or unused for long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gained grants since it was last certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants not used within the observation window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled but not used within the observation window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled and never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recertified within the review interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry date or retirement condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documented purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone, or an account outside its own, may assume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a policy or role whose content the input did not include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a grant a reviewer asked to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-scope action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destructive tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope creep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds an administrator or wildcard-everything grant, or one that lets it make itself administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered a tool that may change or delete data: marked destructive, or not marked read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s mail, files or chats, deletes at large across a cluster, reaches a namespace&apos;s Secrets and service accounts or its Pod Security level, or writes to every repository of a GitHub account, without being administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedSigners</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the trusted key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlInput</name>
    <message>
        <source>%1: line %2: nested deeper than %3 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a mapping key that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid YAML: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: an escape YAML does not have in a quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a quoted string that never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a [ or { that never closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the YAML could not be read within %2 seconds; it is not YAML kubectl writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the YAML reader stopped without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a template ({{ … }}, as in a Helm chart), not a manifest: render it first (helm template RELEASE CHART &gt; manifest.yaml) or take what kubectl get -o yaml gives, and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a template ({{ … }}) whose values are not filled in, not data: import what the program it belongs to writes when it runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::AwsSourceDialog</name>
    <message>
        <source>Ask IAM when each service was &amp;last used (one job per role and user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an AWS account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CLI profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s keys, else $AWS_PROFILE or default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not read CloudTrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days back on the first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTrail days to read on the first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: AWS&apos;s IAM and STS endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recertify finds credentials the way the AWS CLI does, assuming the profile&apos;s role when it names one; it stores only the profile&apos;s name. The policy it needs is in the README (iam:GetAccountAuthorizationDetails, the last-accessed calls and cloudtrail:LookupEvents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CloudTrail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: expected a URL such as https://iam.amazonaws.com/</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::CampaignsPage</name>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet. Start one with New campaign…: choose which identities, a due date and a fallback reviewer for those nobody owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every identity that is not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, seen in the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &quot;%1&quot;? Undecided items expire, and decisions become remediation tasks that the next sync verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves each undecided item of an overdue campaign to its reviewer&apos;s manager, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 of %3 decided (%4%), %5 overdue, %6 decisions flagged as rubber-stamping; handed on: %13.&lt;br&gt;Decisions: %7 certified, %8 reduced in scope, %9 revoked, %10 retired, %11 reassigned. Scope: %12</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n undecided items moved to the reviewers&apos; managers.</source>
        <translation>
            <numerusform>%n undecided item moved to the reviewers&apos; managers.</numerusform>
            <numerusform>%n undecided items moved to the reviewers&apos; managers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Triggers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which events start a micro-campaign by themselves after a sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns that start again by themselves, every so many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decisions with a recommendation on scope followed it (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a campaign (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a reminder per reviewer with pending items (with a ready e-mail link) for your mailer, and records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided at close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most left to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reminders for your mailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reminders for %n reviewer(s) saved to %1, each with a ready e-mail link; recorded in the audit log.</source>
        <translation>
            <numerusform>Reminder for %n reviewer saved to %1, with a ready e-mail link; recorded in the audit log.</numerusform>
            <numerusform>Reminders for %n reviewers saved to %1, each with a ready e-mail link; recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision of this campaign asked for a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the campaign turns its decisions into remediation tasks (remove a grant, disable, retire, reassign); they appear here, and the next sync marks each one done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions flagged as possible rubber-stamping; Enter or a double click opens one with its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>under %n second(s) on the evidence</source>
        <translation>
            <numerusform>under %n second on the evidence</numerusform>
            <numerusform>under %n seconds on the evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certify-everything decisions in a row</source>
        <translation>
            <numerusform>%n certify-everything decision in a row</numerusform>
            <numerusform>%n certify-everything decisions in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click: the decision with the evidence its reviewer saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision and the evidence its reviewer saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided&lt;/b&gt; %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why flagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership: %1 · Task scope: %2 · Business need: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) amended by the reviewer; the amendments count, the earlier decisions stay on record.</source>
        <translation>
            <numerusform>%n decision amended by its reviewer; the amendment counts, the earlier decision stays on record.</numerusform>
            <numerusform>%n decisions amended by their reviewers; the amendments count, the earlier decisions stay on record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the campaign&apos;s signed evidence bundle (decisions, what each reviewer saw, the audit chain, a PDF report) for auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the signed evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and signing the evidence bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1, signed. Auditors open it in Evidence, or check it with openssl as the README shows.</source>
        <translation>
            <numerusform>Exported %n item to %1, signed. Auditors open it in Evidence, or check it with openssl as the README shows.</numerusform>
            <numerusform>Exported %n items to %1, signed. Auditors open it in Evidence, or check it with openssl as the README shows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::ConnectDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance-db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers on many desktops work in one shared store on PostgreSQL. What you may see and decide is set by your database login&apos;s team role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 identities · %2 grants, %3 used and %4 unused in the last 90 days · %5 actions out of scope · estate trust debt %6 (mean %7 per identity) · %n snapshots</source>
        <translation>
            <numerusform>%1 identities · %2 grants, %3 used and %4 unused in the last 90 days · %5 actions out of scope · estate trust debt %6 (mean %7 per identity) · %n snapshot</numerusform>
            <numerusform>%1 identities · %2 grants, %3 used and %4 unused in the last 90 days · %5 actions out of scope · estate trust debt %6 (mean %7 per identity) · %n snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>Privilege drift of the estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate trust debt over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis has run yet. Bring identities in from files or a live source; the charts of privilege drift and trust debt fill in after the first import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::EntraSourceDialog</name>
    <message>
        <source>Connect Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoso production tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the OS keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the tenant&apos;s endpoint on login.microsoftonline.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app needs the application permissions Application.Read.All, Directory.Read.All and AuditLog.Read.All. Its secret goes to the OS keychain; Recertify stores only the name of the keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, tenant, client id and client secret are all needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph URL: expected a URL such as https://graph.microsoft.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::EvidencePage</name>
    <message>
        <source>Open evidence bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a signed evidence bundle (.zip) exported by Recertify. It is verified as it opens: every file against SHA256SUMS, and SHA256SUMS against its Ed25519 signature. Nothing here needs the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity, reviewer or justification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the key %1 for future bundles? Give it a name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified.&lt;/b&gt; Every file matches SHA256SUMS, and SHA256SUMS carries a valid signature by &lt;b&gt;%1&lt;/b&gt;, a trusted signer (key %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 decided · due %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · flagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 saw when deciding (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted %1 · used %2 · unused %3 · trust debt %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted signers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles signed by these keys open with a green banner. Keys are public halves only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be relied on: %1. Cannot: %2; what comes from them is marked on every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it can be relied on: its signature does not hold, so no file is known to be as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not verify: this bundle was changed after it was signed.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer figures are withheld: they come from campaign.json, which does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file that does not verify (decisions.csv): do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file that does not verify (%1): do not rely on what follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the bundle&apos;s report.pdf in your PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the bundle&apos;s report.pdf in your PDF viewer; it does not verify, so do not rely on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided&lt;/b&gt; %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on behalf of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership: %1 · Task scope: %2 · Business need: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1 · Time spent on the evidence: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>superseded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Amended&lt;/b&gt; %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by the amendment below, not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership holds until %1 · task scope until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified, by a signer you have not trusted yet.&lt;/b&gt; Every file matches SHA256SUMS and the signature is valid for the key %1 (the bundle names its signer: %2). Compare the fingerprint with the one the signer gave you, then trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence bundle is open. Open one a campaign exported, or one an auditor sent you, to see who decided what and the evidence they saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::FindingTableModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation>
            <numerusform>%n open finding</numerusform>
            <numerusform>%n open findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity, finding or detail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open findings. They appear once identities are imported or synced (Sources) and analysed: unused or out-of-scope grants, missing owners, old credentials, reviews overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open finding matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to read it in full here; Enter opens its identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 (%4), since %5&lt;br&gt;%6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::GitHubSourceDialog</name>
    <message>
        <source>As a GitHub &amp;App (recommended: it can read fine-grained tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a GitHub organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoso on GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s login, as in github.com/LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App&apos;s id, from its settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .pem file GitHub let you download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the OS keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App needs read access to Administration, Members and Personal access tokens (and requests) of the organisation, and to Administration of its repositories for deploy keys; the audit log needs GitHub Enterprise Cloud. The key or token goes to the OS keychain; Recertify stores only the keychain entry&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub App private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL: expected a URL such as https://api.github.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the App&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key: not a PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tok&amp;en:</source>
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
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
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
    <message>
        <source>Details of the selected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recent activity (%n day aggregate(s))</source>
        <translation>
            <numerusform>Recent activity (%n day aggregate)</numerusform>
            <numerusform>Recent activity (%n day aggregates)</numerusform>
        </translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Also known as</source>
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
        <source>Trust debt, 0 to 100: what stays unresolved about this identity, with interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt (0–100): what its open findings add up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt</source>
        <comment>column title, as short as possible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business owner</source>
        <comment>column title, as short as possible</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <comment>column title, as short as possible</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::IdentityWindow</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com — accountable for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com — runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions or tools it needs, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or an event: &quot;when the Q3 migration ends&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Recertify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · discovered from activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · delegated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege drift of this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator or wildcard-everything grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants (%1, %2 unused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It reaches no other identity: its own %n permissions are its whole reach.</source>
        <translation>
            <numerusform>It reaches no other identity: its own %n permission is its whole reach.</numerusform>
            <numerusform>It reaches no other identity: its own %n permissions are its whole reach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Through delegation and role assumption it reaches %1 other identities and %2 distinct permissions in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 becoming %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: your team role does not change ownership or lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity data covers %1 of the last 90 days for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity data for %1 in the last 90 days: import its activity (CloudTrail, audit logs, sign-ins) to tell used from unused grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants (%1, usage unknown)</source>
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
    <message>
        <source>Search identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::K8sSourceDialog</name>
    <message>
        <source>Connect a Kubernetes cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: $KUBECONFIG, else ~/.kube/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recertify reaches the cluster as kubectl does, with the context&apos;s certificate authority, token, client certificate or credential plugin; it stores only the file&apos;s path and the context&apos;s name. The user needs to list service accounts, pods, secrets (read by metadata only) and the RBAC roles and bindings: the README has the ClusterRole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cluster a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners &amp; orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
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
        <translation>
            <numerusform>%n identity</numerusform>
            <numerusform>%n identities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AI agents</source>
        <translation>
            <numerusform>%n AI agent</numerusform>
            <numerusform>%n AI agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n without an owner</numerusform>
            <numerusform>%n without an owner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a departed owner</source>
        <translation>
            <numerusform>%n with a departed owner</numerusform>
            <numerusform>%n with a departed owner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discovered from activity</source>
        <translation>
            <numerusform>%n discovered from activity</numerusform>
            <numerusform>%n discovered from activity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open evidence bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence bundles are signed with the Ed25519 key whose fingerprint is:

%1

Give it to your auditors so they can trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing key yet: the first export makes one and keeps it in the OS keychain.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1, who is not on the team: ask the store&apos;s owner to add this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes made on another desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;local store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recertify stores (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo estate could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded the demo estate: %n identities</source>
        <translation>
            <numerusform>Loaded the demo estate: %n identity</numerusform>
            <numerusform>Loaded the demo estate: %n identities</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Recertify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo estate written on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings may be out of date: %1 ended before its analysis. The next import or sync by a governance manager recomputes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing findings up to date: %1 ended before its analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings are up to date again: %n open</source>
        <translation>
            <numerusform>Findings are up to date again: %n open</numerusform>
            <numerusform>Findings are up to date again: %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recertify::NewCampaignDialog</name>
    <message>
        <source>Quarterly recertification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kind=ai-agent debt&gt;=40 — empty: every identity that is not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance@example.com — reviews what nobody active owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: one reviewer decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical owner confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s manager confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fallback reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second s&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it will do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only the attestations whose certification has run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership, task scope and business need are each certified until their own date; with this, an identity is asked only what has run out, and one still certified for all three is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every half year (182 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year (365 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeating keeps a recurring template: the next campaigns start by themselves and ask only what has run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign started, but it will not repeat: %1. Define the recurrence in Recurring….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::OrphansPage</name>
    <message>
        <source>Import people directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners &amp; orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with the header email,name,manager,active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identities have no owner, an owner the people directory does not know, or an owner who has left. Open one to assign an owner; every change goes into the audit log.</source>
        <translation>
            <numerusform>%n identity has no owner, an owner the people directory does not know, or an owner who has left. Open it to assign an owner; every change goes into the audit log.</numerusform>
            <numerusform>%n identities have no owner, an owner the people directory does not know, or an owner who has left. Open one to assign an owner; every change goes into the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities without a current owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::ReviewQueuePage</name>
    <message>
        <source>Confirm the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce: remove the grants ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certify until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide and next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: required to revoke, to reduce, and to certify with open high-severity findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Task scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Business need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · unchanged since last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted %1 · used %2 · unused %3 in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n days old</source>
        <translation>
            <numerusform>%1 %2, %n day old</numerusform>
            <numerusform>%1 %2, %n days old</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this item to someone who knows the identity better; recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address of the reviewer who takes this item over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide all selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies this answer to every selected item (Ctrl+click or Shift+click in the queue); each decision is checked, audited and timed on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reducing scope picks grants per identity; decide those one at a time, or keep the scope for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decisions recorded</source>
        <translation>
            <numerusform>%n decision recorded</numerusform>
            <numerusform>%n decisions recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n flagged to your manager</source>
        <translation>
            <numerusform>; %n flagged to your manager</numerusform>
            <numerusform>; %n flagged to your manager</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was just decided on another desktop; nothing you entered was recorded. Move on to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation on scope: no activity data covers this identity (%1), so nothing is known to be unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recommended: reduce: %n grant(s) unused in the last 90 days (%1).</source>
        <translation>
            <numerusform>Recommended: reduce: %n grant unused in the last 90 days (%1).</numerusform>
            <numerusform>Recommended: reduce: %n grants unused in the last 90 days (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended: keep the scope: every grant was used in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: answer %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to confirm: it has no owner, or its owner left. Name a new owner or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner to confirm: name a new owner, or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your queue, %1, or that of someone who reports to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on behalf of %1: each decision records you as the one who decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) to remove</source>
        <translation>
            <numerusform>%n grant to remove</numerusform>
            <numerusform>%n grants to remove</numerusform>
        </translation>
    </message>
    <message>
        <source>scope kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certified until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by you on behalf of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged to your manager: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the selected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No open campaign has items for you. A governance manager starts campaigns in &lt;b&gt;Campaigns&lt;/b&gt; (&lt;i&gt;New campaign…&lt;/i&gt;); each identity goes to its owner, and yours appear here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer this item again until the campaign closes: the new decision supersedes the one recorded, and both stay on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the amendment (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amending the decision of %1 (%2). Answer all three again; the new decision supersedes it and both stay on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment recorded for %1: %2. The earlier decision stays on record, superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, ids, campaigns (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the queue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt, highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership holds until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task scope holds until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business need certified until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task scope answer holds until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task scope is still certified; this item does not ask about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not asked: certified until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a later date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked in this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ownership not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task scope not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business need not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not seen in %n days of activity data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no activity data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted %1 · usage unknown: no activity data for %2 in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::SourcesPage</name>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 added, %2 changed, %3 removed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activity events in %2 day aggregates; %3 identities discovered from activity; %4 records without a principal skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had been imported before; their activity was not counted again.</source>
        <translation>
            <numerusform>%n file had been imported before; its activity was not counted again.</numerusform>
            <numerusform>%n files had been imported before; their activity was not counted again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Microsoft Entra ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret in the keychain as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete for %1; identities elsewhere were left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Kubernetes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect live sources to be synced on a schedule, or import identities, credentials, grants and activity from the files your systems export. Each sync or import is one transaction: a bad input changes nothing, and the same data again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the selected source is synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 (scheduled)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 synced: %2 added, %3 changed, %4 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be synced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect AWS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.json *.jsonl *.json.gz *.csv *.log *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed over most often: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace of the manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These manifests name no namespace; they are applied with kubectl apply -n.
Namespace they are applied to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) had been counted by an earlier import and were not counted again.</source>
        <translation>
            <numerusform>%n event had been counted by an earlier import and was not counted again.</numerusform>
            <numerusform>%n events had been counted by an earlier import and were not counted again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No live source is connected yet. Connect one below to keep its identities current on a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files chosen. Add exports with Add files… or Add folder…, then Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported or synced yet. Every run, good or failed, is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Then this import failed and changed nothing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling the files apart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Further changes: %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every file had been imported before, so nothing was retired: what it leaves out may have come since from another input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::SyncRunTableModel</name>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete for no scope: nothing could be retired by this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete for: %1 (only there could identities be retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::TemplatesDialog</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template starts the same review again and again: after every sync, each template whose time has come starts its campaign. A run missed for several periods starts one campaign, not a backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly AI agent review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind=ai-agent source=aws-iam; empty for every identity that is not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;llback reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second s&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the campaigns of every template whose time has come, without waiting for the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every identity that is not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; added; its first campaign starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; stopped; the campaigns it started stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template is due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Started %n campaign(s).</source>
        <translation>
            <numerusform>Started %n campaign.</numerusform>
            <numerusform>Started %n campaigns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recertify::TriggersDialog</name>
    <message>
        <source>Acted outside its declared scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential expiring within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust debt crossing (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After every sync, each trigger that is on starts a small campaign, due in a week, for the identities it newly finds. What no active owner can review goes to the fallback reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::WelcomePage</name>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a live source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;demo estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an evidence bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Recertify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store holds no identities yet. Bring in the non-human identities of your estate — AI agents, service accounts, roles, keys and tokens — and Recertify shows who owns each, what it may do and what it actually does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports you already have: AWS IAM and CloudTrail, kubectl output and audit logs, Microsoft Graph responses, GitHub and MCP files. Each file&apos;s format is told from its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes, GitHub, AWS or Microsoft Entra ID, read straight from their APIs and kept current on a schedule. Credentials stay in your keychain or kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>300 made-up identities with owners, grants, usage and findings, to try every screen. Your own imports can replace them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a signed review export you received: its signature, its signer and every file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store holds no identities yet, and your sign-in may only read it. Ask a governance manager to import or connect the estate; meanwhile you can check an evidence bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recertify::WhoAreYouDialog</name>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recertify records who made every decision. Choose yourself from the people directory, or type your email address; it is remembered for this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person, or type an email address such as ada@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
