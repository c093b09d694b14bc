<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AppLauncher</name>
    <message>
        <source>Governance of AI agents and other non-human identities.</source>
        <translation>Gouvernance des agents IA et des autres identités non humaines.</translation>
    </message>
    <message>
        <source>SQLite database file or postgresql:// URL (default: $RECERTIFY_DB, else %1)</source>
        <translation>Fichier de base de données SQLite ou URL postgresql:// (par défaut : $RECERTIFY_DB, sinon %1)</translation>
    </message>
    <message>
        <source>User interface language, such as de or fr (default: the system&apos;s)</source>
        <translation>Langue de l&apos;interface, par exemple de ou fr (par défaut : celle du système)</translation>
    </message>
    <message>
        <source>Save a PNG of the main window once it shows data, then exit</source>
        <translation>Enregistrer une image PNG de la fenêtre principale dès qu&apos;elle affiche des données, puis quitter</translation>
    </message>
    <message>
        <source>Recertify</source>
        <translation>Recertify</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>List the inventory of non-human identities</source>
        <translation>Lister l&apos;inventaire des identités non humaines</translation>
    </message>
    <message>
        <source>Show one identity with owners, credentials, grants, usage and lifecycle</source>
        <translation>Afficher une identité avec ses propriétaires, identifiants, autorisations, son utilisation et son cycle de vie</translation>
    </message>
    <message>
        <source>Fill the database with a realistic synthetic estate</source>
        <translation>Remplir la base de données avec un parc synthétique réaliste</translation>
    </message>
    <message>
        <source>Usage: recertify-cli [--db PATH] [--json] &lt;command&gt; [args]</source>
        <translation>Utilisation : recertify-cli [--db PATH] [--json] &lt;commande&gt; [arguments]</translation>
    </message>
    <message>
        <source>Governance of AI agents and other non-human identities.</source>
        <translation>Gouvernance des agents IA et des autres identités non humaines.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>SQLite database file or postgresql://user@host:port/dbname URL</source>
        <translation>Fichier de base de données SQLite ou URL postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>(default: $RECERTIFY_DB, else %1)</source>
        <translation>(par défaut : $RECERTIFY_DB, sinon %1)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>sortie lisible par machine sur stdout</translation>
    </message>
    <message>
        <source>show this help; &apos;&lt;command&gt; --help&apos; shows a command&apos;s</source>
        <translation>afficher cette aide ; &apos;&lt;commande&gt; --help&apos; affiche l&apos;aide d&apos;une commande</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 verification failed.</source>
        <translation>Codes de sortie : 0 succès, 1 échec, 2 erreur d&apos;utilisation, 3 échec de la vérification.</translation>
    </message>
    <message>
        <source>--db: expected a path or URL</source>
        <translation>--db : chemin ou URL attendu</translation>
    </message>
    <message>
        <source>Unknown option %1; see recertify-cli --help</source>
        <translation>Option inconnue %1 ; voir recertify-cli --help</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see recertify-cli --help</source>
        <translation>Commande inconnue « %1 » ; voir recertify-cli --help</translation>
    </message>
    <message>
        <source>Show this command&apos;s help</source>
        <translation>Afficher l&apos;aide de cette commande</translation>
    </message>
    <message>
        <source>Usage: recertify-cli [--db PATH] [--json] %1 [options]</source>
        <translation>Utilisation : recertify-cli [--db PATH] [--json] %1 [options]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (a quitté)</translation>
    </message>
    <message>
        <source>Only identities of this kind (%1)</source>
        <translation>Uniquement les identités de ce type (%1)</translation>
    </message>
    <message>
        <source>Only identities from this source</source>
        <translation>Uniquement les identités de cette source</translation>
    </message>
    <message>
        <source>Only names, native ids or owners containing TEXT</source>
        <translation>Uniquement les noms, ID natifs ou propriétaires contenant TEXT</translation>
    </message>
    <message>
        <source>List the inventory.</source>
        <translation>Lister l&apos;inventaire.</translation>
    </message>
    <message>
        <source>identities: unexpected argument &quot;%1&quot;</source>
        <translation>identities : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--kind: unknown kind &quot;%1&quot;; expected one of %2</source>
        <translation>--kind : type inconnu « %1 » ; valeurs attendues : %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>BUSINESS OWNER</source>
        <translation>PROPRIÉTAIRE MÉTIER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation>
            <numerusform>%n identité</numerusform>
            <numerusform>%n identités</numerusform>
        </translation>
    </message>
    <message>
        <source>Numeric id or native id of the identity</source>
        <translation>ID numérique ou ID natif de l&apos;identité</translation>
    </message>
    <message>
        <source>Show one identity in full.</source>
        <translation>Afficher une identité en détail.</translation>
    </message>
    <message>
        <source>show: expected exactly one ID</source>
        <translation>show : exactement un ID attendu</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Native id</source>
        <translation>ID natif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>, discovered from activity</source>
        <translation>, découverte à partir de l&apos;activité</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Propriétaire métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Propriétaire technique</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Declared scope</source>
        <translation>Périmètre déclaré</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation>Déléguée par</translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation>Identifiants (%1)</translation>
    </message>
    <message>
        <source>created %1, expires %2, last used %3</source>
        <translation>création %1, expiration %2, dernière utilisation %3</translation>
    </message>
    <message>
        <source>Grants (%1)</source>
        <translation>Autorisations (%1)</translation>
    </message>
    <message>
        <source>Usage (%1 day aggregates)</source>
        <translation>Utilisation (%1 agrégats journaliers)</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation>Sous-agents (%1)</translation>
    </message>
    <message>
        <source>How many identities (default 300)</source>
        <translation>Nombre d&apos;identités (par défaut : 300)</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same estate (default 1)</source>
        <translation>Graine aléatoire ; la même graine produit le même parc (par défaut : 1)</translation>
    </message>
    <message>
        <source>Replace an estate that is already in the database</source>
        <translation>Remplacer un parc déjà présent dans la base de données</translation>
    </message>
    <message>
        <source>Fill the database with a realistic synthetic estate.</source>
        <translation>Remplir la base de données avec un parc synthétique réaliste.</translation>
    </message>
    <message>
        <source>demo: unexpected argument &quot;%1&quot;</source>
        <translation>demo : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--identities: expected a positive number, got &quot;%1&quot;</source>
        <translation>--identities : nombre positif attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>--seed: expected a non-negative number, got &quot;%1&quot;</source>
        <translation>--seed : nombre positif ou nul attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>Demo estate written to %1: %2 identities (%3 sub-agents), %4 people, %5 credentials, %6 grants, %7 usage rows in %8 s</source>
        <translation>Parc de démonstration écrit dans %1 : %2 identités (%3 sous-agents), %4 personnes, %5 identifiants, %6 autorisations, %7 lignes d&apos;utilisation en %8 s</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database statement &quot;%1…&quot; failed: %2</source>
        <translation>L&apos;instruction de base de données « %1… » a échoué : %2</translation>
    </message>
    <message>
        <source>%1: not a database file</source>
        <translation>%1 : ce n&apos;est pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: expected postgresql://user@host:port/dbname</source>
        <translation>%1 : format attendu postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1 : impossible d&apos;ouvrir la base de données : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Impossible de valider la transaction : %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this version of Recertify understands (%2)</source>
        <translation>la base de données utilise la version de schéma %1, plus récente que celle prise en charge par cette version de Recertify (%2)</translation>
    </message>
</context>
<context>
    <name>DemoEstate</name>
    <message>
        <source>%1 for the %2 team</source>
        <translation>%1 pour l&apos;équipe %2</translation>
    </message>
    <message>
        <source>seen in activity, not in any inventory</source>
        <translation>vue dans l&apos;activité, absente de tout inventaire</translation>
    </message>
    <message>
        <source>discovered by sync</source>
        <translation>découverte par synchronisation</translation>
    </message>
    <message>
        <source>changed by its owner</source>
        <translation>modifiée par son propriétaire</translation>
    </message>
    <message>
        <source>--identities: expected 1 to 5000000, got %1</source>
        <translation>--identities : valeur de 1 à 5000000 attendue, reçu %1</translation>
    </message>
    <message numerus="yes">
        <source>the database already holds %n identities; use another database file or --replace</source>
        <translation>
            <numerusform>la base de données contient déjà %n identité ; utilisez un autre fichier de base de données ou --replace</numerusform>
            <numerusform>la base de données contient déjà %n identités ; utilisez un autre fichier de base de données ou --replace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityKind</name>
    <message>
        <source>AI agent</source>
        <translation>Agent IA</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>Rôle IAM</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>Utilisateur IAM</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>Principal de service</translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation>Identité managée</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>OAuth grant</source>
        <translation>Autorisation OAuth</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Kubernetes service account</source>
        <translation>Compte de service Kubernetes</translation>
    </message>
    <message>
        <source>GitHub app</source>
        <translation>Application GitHub</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Jeton GitHub</translation>
    </message>
</context>
<context>
    <name>IdentityRepository</name>
    <message>
        <source>No identity with id %1</source>
        <translation>Aucune identité avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>No identity with id or native id &quot;%1&quot;</source>
        <translation>Aucune identité avec l&apos;ID ou l&apos;ID natif « %1 »</translation>
    </message>
</context>
<context>
    <name>LifecycleState</name>
    <message>
        <source>Discovered</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
</context>
<context>
    <name>recertify::IdentityDetailPanel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity selected</source>
        <translation>Aucune identité sélectionnée</translation>
    </message>
    <message>
        <source>Select an identity to see its owners, credentials, grants and history.</source>
        <translation>Sélectionnez une identité pour voir ses propriétaires, identifiants, autorisations et son historique.</translation>
    </message>
    <message>
        <source>Cannot show this identity</source>
        <translation>Impossible d&apos;afficher cette identité</translation>
    </message>
    <message>
        <source>%1 from %2 · %3</source>
        <translation>%1 provenant de %2 · %3</translation>
    </message>
    <message>
        <source>Nobody: orphaned</source>
        <translation>Personne : orpheline</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (a quitté l&apos;organisation)</translation>
    </message>
    <message>
        <source>Native id</source>
        <translation>ID natif</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Propriétaire métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Propriétaire technique</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Declared scope</source>
        <translation>Périmètre déclaré</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Mise hors service</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Discovered from activity: no inventory knows it</source>
        <translation>Découverte à partir de l&apos;activité : aucun inventaire ne la connaît</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation>Déléguée par</translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation>Identifiants (%1)</translation>
    </message>
    <message>
        <source>No long-lived credential.</source>
        <translation>Aucun identifiant de longue durée.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé %1</translation>
    </message>
    <message>
        <source>Grants (%1)</source>
        <translation>Autorisations (%1)</translation>
    </message>
    <message>
        <source>Recent activity (%1 day aggregates)</source>
        <translation>Activité récente (%1 agrégats journaliers)</translation>
    </message>
    <message>
        <source>No recorded activity.</source>
        <translation>Aucune activité enregistrée.</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation>Sous-agents (%1)</translation>
    </message>
</context>
<context>
    <name>recertify::IdentityTableModel</name>
    <message>
        <source>No owner</source>
        <translation>Aucun propriétaire</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (a quitté)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Discovered from activity: no inventory knows this identity</source>
        <translation>Découverte à partir de l&apos;activité : aucun inventaire ne connaît cette identité</translation>
    </message>
    <message>
        <source>Nobody is accountable for this identity</source>
        <translation>Personne n&apos;est responsable de cette identité</translation>
    </message>
    <message>
        <source>The business owner has left; the identity is orphaned</source>
        <translation>Le propriétaire métier a quitté l&apos;organisation ; l&apos;identité est orpheline</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Propriétaire métier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
</context>
<context>
    <name>recertify::InventoryPage</name>
    <message>
        <source>Orphans only</source>
        <translation>Orphelines uniquement</translation>
    </message>
    <message>
        <source>Search by name, native id or owner…</source>
        <translation>Rechercher par nom, ID natif ou propriétaire…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Identities with no owner, or whose owner has left</source>
        <translation>Identités sans propriétaire ou dont le propriétaire a quitté l&apos;organisation</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
</context>
<context>
    <name>recertify::MainWindow</name>
    <message>
        <source>Recertify — %1</source>
        <translation>Recertify — %1</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Coming next: add a source (AWS IAM and CloudTrail, Microsoft Entra ID, Kubernetes, GitHub, CSV, MCP tool lists), run a sync with progress and Cancel, and read the run history with counts and errors. Until then, import with recertify-cli.</source>
        <translation>Prochainement : ajouter une source (AWS IAM et CloudTrail, Microsoft Entra ID, Kubernetes, GitHub, CSV, listes d&apos;outils MCP), lancer une synchronisation avec suivi de la progression et bouton « Annuler », et consulter l&apos;historique des exécutions avec les décomptes et les erreurs. En attendant, importez avec recertify-cli.</translation>
    </message>
    <message>
        <source>Owners &amp; orphans</source>
        <translation>Propriétaires &amp; orphelines</translation>
    </message>
    <message>
        <source>Coming: the people directory, and a queue of identities whose owner is missing, unknown or has left. The Inventory&apos;s &quot;Orphans only&quot; filter shows them today.</source>
        <translation>Prochainement : l&apos;annuaire des personnes et une file des identités dont le propriétaire est absent, inconnu ou a quitté l&apos;organisation. En attendant, le filtre « Orphelines uniquement » de l&apos;inventaire les affiche.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Coming: privilege drift and hygiene findings (unused grants, out-of-scope actions, stale and expiring credentials, dormant and orphaned identities), each with its OWASP NHI code.</source>
        <translation>Prochainement : les constats de dérive des privilèges et d&apos;hygiène (autorisations inutilisées, actions hors périmètre, identifiants obsolètes ou sur le point d&apos;expirer, identités dormantes et orphelines), chacun avec son code OWASP NHI.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Coming: charts of privilege drift over time and of trust debt for the estate and for each identity, with every factor explained.</source>
        <translation>Prochainement : des graphiques de la dérive des privilèges dans le temps et de la dette de confiance pour l&apos;ensemble du parc et pour chaque identité, avec l&apos;explication de chaque facteur.</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Mes revues</translation>
    </message>
    <message>
        <source>Coming: your review queue. For each identity you attest ownership, task scope and business need, with the evidence beside every item.</source>
        <translation>Prochainement : votre file de revues. Pour chaque identité, vous attestez la propriété, le périmètre de la tâche et le besoin métier, avec les preuves en regard de chaque élément.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Coming: create review campaigns, track completion per reviewer, chase overdue items and follow remediation to the next sync.</source>
        <translation>Prochainement : créer des campagnes de revue, suivre l&apos;avancement par réviseur, relancer les éléments en retard et suivre la remédiation jusqu&apos;à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Coming: signed review exports that auditors open and verify here, or with stock openssl.</source>
        <translation>Prochainement : des exports de revue signés que les auditeurs ouvrent et vérifient ici, ou avec un openssl standard.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Recertify</source>
        <translation>À &amp;propos de Recertify</translation>
    </message>
    <message>
        <source>About Recertify</source>
        <translation>À propos de Recertify</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recertify %1&lt;/h3&gt;&lt;p&gt;Governance of AI agents and other non-human identities: inventory, ownership, privilege drift, trust debt and signed recertification.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recertify %1&lt;/h3&gt;&lt;p&gt;Gouvernance des agents IA et des autres identités non humaines : inventaire, propriété, dérive des privilèges, dette de confiance et recertification signée.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation>
            <numerusform>%n identité</numerusform>
            <numerusform>%n identités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AI agents</source>
        <translation>
            <numerusform>%n agent IA</numerusform>
            <numerusform>%n agents IA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n sans propriétaire</numerusform>
            <numerusform>%n sans propriétaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a departed owner</source>
        <translation>
            <numerusform>%n dont le propriétaire est parti</numerusform>
            <numerusform>%n dont le propriétaire est parti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discovered from activity</source>
        <translation>
            <numerusform>%n découverte à partir de l&apos;activité</numerusform>
            <numerusform>%n découvertes à partir de l&apos;activité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
</context>
</TS>
