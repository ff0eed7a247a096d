<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MesosDesk</source>
        <translation>À propos de MesosDesk</translation>
    </message>
    <message>
        <source>MesosDesk</source>
        <translation>MesosDesk</translation>
    </message>
    <message>
        <source>A desktop console for operators of Apache Mesos and Marathon clusters.</source>
        <translation>Une console de bureau pour les opérateurs de clusters Apache Mesos et Marathon.</translation>
    </message>
    <message>
        <source>unknown (not built from git)</source>
        <translation>inconnue (non compilé depuis git)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Révision&#xa0;:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgentDrainModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>En drainage</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>Drainé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>kill policy</source>
        <translation>politique d&apos;arrêt</translation>
    </message>
    <message>
        <source>Registered but not connected to the master: no offers until it reconnects.</source>
        <translation>Enregistré mais non connecté au maître&#xa0;: aucune offre jusqu&apos;à sa reconnexion.</translation>
    </message>
    <message>
        <source>No maximum grace period was given: each task&apos;s own kill policy applies.</source>
        <translation>Aucun délai de grâce maximal n&apos;a été donné&#xa0;: la politique d&apos;arrêt propre à chaque tâche s&apos;applique.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Mark gone</source>
        <translation>Marquer disparu</translation>
    </message>
    <message>
        <source>Max grace period</source>
        <translation>Délai de grâce max.</translation>
    </message>
    <message>
        <source>Drain started</source>
        <translation>Drainage lancé</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>AgentFlagsView</name>
    <message>
        <source>Filter flags (name or value)</source>
        <translation>Filtrer les options (nom ou valeur)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the agent&apos;s flags again (they change only when it restarts)</source>
        <translation>Relire les options de l&apos;agent (elles ne changent qu&apos;à son redémarrage)</translation>
    </message>
    <message>
        <source>The agent&apos;s address is not known: its flags cannot be read.</source>
        <translation>L&apos;adresse de l&apos;agent est inconnue&#xa0;: ses options ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>Reading the agent&apos;s flags…</source>
        <translation>Lecture des options de l&apos;agent…</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) of %1, read at %2.</source>
        <translation>
            <numerusform>%n option de %1, lue à %2.</numerusform>
            <numerusform>%n options de %1, lues à %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentOverviewView</name>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>The agent&apos;s --work_dir: every sandbox is below it. Mesos serves each executor&apos;s sandbox, not the folder itself: browse one from the Tasks tab.</source>
        <translation>Le --work_dir de l&apos;agent&#xa0;: chaque sandbox se trouve en dessous. Mesos sert la sandbox de chaque exécuteur, pas le dossier lui-même&#xa0;: parcourez-en une depuis l&apos;onglet Tâches.</translation>
    </message>
    <message>
        <source>Reserved for:</source>
        <translation>Réservé pour&#xa0;:</translation>
    </message>
    <message>
        <source>Offered now:</source>
        <translation>Offert maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Fault domain:</source>
        <translation>Domaine de panne&#xa0;:</translation>
    </message>
    <message>
        <source>Work directory:</source>
        <translation>Répertoire de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>Capacités&#xa0;:</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drainage</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Deactivated:</source>
        <translation>Désactivé&#xa0;:</translation>
    </message>
    <message>
        <source>Max grace period:</source>
        <translation>Délai de grâce max.&#xa0;:</translation>
    </message>
    <message>
        <source>Mark gone:</source>
        <translation>Marquer disparu&#xa0;:</translation>
    </message>
    <message>
        <source>Drain started:</source>
        <translation>Drainage lancé&#xa0;:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The agent reports no attributes.</source>
        <translation>L&apos;agent n&apos;indique aucun attribut.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Used: %1
Total: %2</source>
        <translation>Utilisés&#xa0;: %1
Total&#xa0;: %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%1: %2 CPUs, %3, disk %4</source>
        <translation>%1&#xa0;: %2 CPU, %3, disque %4</translation>
    </message>
    <message>
        <source>no reservations</source>
        <translation>aucune réservation</translation>
    </message>
    <message>
        <source>%1 CPUs, %2</source>
        <translation>%1 CPU, %2</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>region %1, zone %2</source>
        <translation>région %1, zone %2</translation>
    </message>
    <message>
        <source>not known (master older than 1.9 / not yet polled)</source>
        <translation>inconnu (maître antérieur à 1.9 / pas encore interrogé)</translation>
    </message>
    <message>
        <source>not listed by the master&apos;s GET_AGENTS</source>
        <translation>absent du GET_AGENTS du maître</translation>
    </message>
    <message>
        <source>not draining</source>
        <translation>pas en drainage</translation>
    </message>
    <message>
        <source>yes: no offers are made for it</source>
        <translation>oui&#xa0;: aucune offre n&apos;est faite pour lui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>each task&apos;s kill policy</source>
        <translation>politique d&apos;arrêt de chaque tâche</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not known until the agent&apos;s flags are read</source>
        <translation>inconnu tant que les options de l&apos;agent ne sont pas lues</translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Re-registered:</source>
        <translation>Réenregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Open in Mesos web UI</source>
        <translation>Ouvrir dans l&apos;interface web Mesos</translation>
    </message>
    <message>
        <source>Drain, deactivate…</source>
        <translation>Drainer, désactiver…</translation>
    </message>
    <message>
        <source>This agent in the Drain tab of the main window: drain, deactivate, reactivate (each confirmed there first)</source>
        <translation>Cet agent dans l&apos;onglet Drainage de la fenêtre principale&#xa0;: drainer, désactiver, réactiver (chaque action d&apos;abord confirmée là-bas)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>the agent&apos;s web UI page</source>
        <translation>La page de l&apos;agent dans l&apos;interface web</translation>
    </message>
    <message>
        <source>Filter tasks (name, id, framework, executor, state)</source>
        <translation>Filtrer les tâches (nom, ID, framework, exécuteur, état)</translation>
    </message>
    <message>
        <source>Open stdout</source>
        <translation>Ouvrir stdout</translation>
    </message>
    <message>
        <source>Follow the selected task&apos;s stdout in the Sandbox tab (double-click, Enter)</source>
        <translation>Suivre le stdout de la tâche sélectionnée dans l&apos;onglet Sandbox (double-clic, Entrée)</translation>
    </message>
    <message>
        <source>Browse sandbox</source>
        <translation>Parcourir la sandbox</translation>
    </message>
    <message>
        <source>The selected task&apos;s executor sandbox in the Sandbox tab</source>
        <translation>La sandbox de l&apos;exécuteur de la tâche sélectionnée dans l&apos;onglet Sandbox</translation>
    </message>
    <message>
        <source>Agent %1 — MesosDesk</source>
        <translation>Agent %1 — MesosDesk</translation>
    </message>
    <message>
        <source>not reported (never re-registered, or an older master)</source>
        <translation>non indiqué (jamais réenregistré, ou maître plus ancien)</translation>
    </message>
    <message>
        <source>This agent is unreachable since %1.</source>
        <translation>Cet agent est injoignable depuis %1.</translation>
    </message>
    <message>
        <source>The master removed this agent at %1.</source>
        <translation>Le maître a retiré cet agent à %1.</translation>
    </message>
    <message>
        <source>The master gave no reason.</source>
        <translation>Le maître n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>(The time is when MesosDesk saw the master stop listing it.)</source>
        <translation>(L&apos;heure est celle où MesosDesk a vu le maître cesser de le lister.)</translation>
    </message>
    <message>
        <source>The master no longer lists this agent, and it was cleared from the Agents tab.</source>
        <translation>Le maître ne liste plus cet agent, et il a été effacé de l&apos;onglet Agents.</translation>
    </message>
    <message>
        <source>Disconnected from the cluster.</source>
        <translation>Déconnecté du cluster.</translation>
    </message>
    <message>
        <source>What this page shows is its last report, not its current state.</source>
        <translation>Cette page affiche son dernier rapport, pas son état actuel.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non listé</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework(s)</source>
        <translation>
            <numerusform>%n framework</numerusform>
            <numerusform>%n frameworks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n executor(s) on this agent, as the master reports them.</source>
        <translation>
            <numerusform>%n exécuteur sur cet agent, selon le maître.</numerusform>
            <numerusform>%n exécuteurs sur cet agent, selon le maître.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <source>The agent knows no executor %1 of framework %2 (it may have been removed by garbage collection).</source>
        <translation>L&apos;agent ne connaît aucun exécuteur %1 du framework %2 (il a peut-être été supprimé par le nettoyage automatique).</translation>
    </message>
    <message>
        <source>The agent did not report a sandbox directory for executor %1.</source>
        <translation>L&apos;agent n&apos;a indiqué aucun répertoire de sandbox pour l&apos;exécuteur %1.</translation>
    </message>
    <message>
        <source>The agent state is not valid JSON: %1</source>
        <translation>L&apos;état de l&apos;agent n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The agent state is not a JSON object.</source>
        <translation>L&apos;état de l&apos;agent n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The answer does not look like an agent state (no frameworks).</source>
        <translation>La réponse ne ressemble pas à un état d&apos;agent (aucun framework).</translation>
    </message>
</context>
<context>
    <name>AgentTasksModel</name>
    <message>
        <source>command executor</source>
        <translation>exécuteur de commande</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%1
Framework ID: %2</source>
        <translation>%1
ID du framework&#xa0;: %2</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Exécuteur</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>unreachable since %1</source>
        <translation>injoignable depuis %1</translation>
    </message>
    <message>
        <source>removed at %1</source>
        <translation>retiré à %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Used: %1
Free: %2
Total: %3</source>
        <translation>Utilisé&#xa0;: %1
Libre&#xa0;: %2
Total&#xa0;: %3</translation>
    </message>
    <message>
        <source>(as last reported, before the agent was lost)</source>
        <translation>(dernière valeur connue, avant la perte de l&apos;agent)</translation>
    </message>
    <message>
        <source>%1
ID: %2
PID: %3</source>
        <translation>%1
ID&#xa0;: %2
PID&#xa0;: %3</translation>
    </message>
    <message>
        <source>Used: %1
Total: %2</source>
        <translation>Utilisés&#xa0;: %1
Total&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No ports offered</source>
        <translation>Aucun port offert</translation>
    </message>
    <message>
        <source>Unreachable since %1</source>
        <translation>Injoignable depuis %1</translation>
    </message>
    <message>
        <source>Removed at %1</source>
        <translation>Retiré à %1</translation>
    </message>
    <message>
        <source>(the master&apos;s time of its tasks&apos; last status)</source>
        <translation>(heure, selon le maître, du dernier statut de ses tâches)</translation>
    </message>
    <message>
        <source>(when MesosDesk saw the master stop listing it)</source>
        <translation>(moment où MesosDesk a vu le maître cesser de le lister)</translation>
    </message>
    <message>
        <source>The master gave no reason.</source>
        <translation>Le maître n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listed until cleared (Clear removed agents).</source>
        <translation>Listé jusqu&apos;à effacement (Effacer les agents retirés).</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the request timed out</source>
        <translation>la requête a expiré</translation>
    </message>
</context>
<context>
    <name>AppDefinitionValidator</name>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit valoir au moins %1</translation>
    </message>
    <message>
        <source>is not a known app property</source>
        <translation>n&apos;est pas une propriété d&apos;application connue</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a path of lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, e.g. /group/my-app</source>
        <translation>doit être un chemin fait de minuscules, de chiffres, de «&#xa0;-&#xa0;» et de «&#xa0;.&#xa0;», p. ex. /group/my-app</translation>
    </message>
    <message>
        <source>is empty: enter the command to run</source>
        <translation>est vide&#xa0;: saisissez la commande à exécuter</translation>
    </message>
    <message>
        <source>is needed: enter the command to run (or give args or a container)</source>
        <translation>est nécessaire&#xa0;: saisissez la commande à exécuter (ou donnez args ou un container)</translation>
    </message>
    <message>
        <source>cannot be used together with cmd</source>
        <translation>ne peut pas être utilisé avec cmd</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a string or {&quot;secret&quot;: name}</source>
        <translation>doit être une chaîne ou {&quot;secret&quot;: nom}</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be YOUNGEST_FIRST or OLDEST_FIRST</source>
        <translation>doit valoir YOUNGEST_FIRST ou OLDEST_FIRST</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>must be [field, operator, value?] with operator one of %1</source>
        <translation>doit être [champ, opérateur, valeur?] avec pour opérateur l&apos;un de %1</translation>
    </message>
    <message>
        <source>is 0 MiB: no memory is reserved for the task; most commands need at least 32 MiB (Marathon&apos;s default is 128)</source>
        <translation>vaut 0 MiB&#xa0;: aucune mémoire n&apos;est réservée pour la tâche&#xa0;; la plupart des commandes demandent au moins 32 MiB (128 par défaut dans Marathon)</translation>
    </message>
    <message>
        <source>no agent has %1%2 (the largest has %3%2): Marathon accepts the app, but it never starts</source>
        <translation>aucun agent ne dispose de %1%2 (le plus grand en a %3%2)&#xa0;: Marathon accepte l&apos;application, mais elle ne démarrera jamais</translation>
    </message>
    <message>
        <source>no agent has %1%2 free now (the most free is %3%2): instances wait until some is freed</source>
        <translation>aucun agent n&apos;a %1%2 de libre en ce moment (le plus libre en a %3%2)&#xa0;: les instances attendent qu&apos;il s&apos;en libère</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
</context>
<context>
    <name>AppEditorDialog</name>
    <message>
        <source>New Application</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>/group/my-app</source>
        <translation>/group/my-app</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>shell command, e.g. python3 -m http.server $PORT0</source>
        <translation>commande shell, p. ex. python3 -m http.server $PORT0</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>one URI per line</source>
        <translation>une URI par ligne</translation>
    </message>
    <message>
        <source>URIs</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>KEY=value, one per line</source>
        <translation>KEY=value, une par ligne</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>key=value, one per line</source>
        <translation>key=value, une par ligne</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Create Application</source>
        <translation>Créer l&apos;application</translation>
    </message>
    <message>
        <source>Change and deploy configuration</source>
        <translation>Modifier et déployer la configuration</translation>
    </message>
    <message>
        <source>Restored the draft you did not send last time.</source>
        <translation>Brouillon non envoyé la dernière fois restauré.</translation>
    </message>
    <message>
        <source>The JSON has a syntax error; fix it on the JSON tab before the form can update it.</source>
        <translation>Le JSON contient une erreur de syntaxe&#xa0;; corrigez-la dans l&apos;onglet JSON pour que le formulaire puisse le mettre à jour.</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1: %2</source>
        <translation>Erreur de syntaxe JSON à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The definition must be a JSON object { ... }.</source>
        <translation>La définition doit être un objet JSON { ... }.</translation>
    </message>
    <message>
        <source>There was a problem with your configuration: see the marked fields.</source>
        <translation>Votre configuration pose problème&#xa0;: voyez les champs signalés.</translation>
    </message>
    <message>
        <source>An app with this id already exists. Choose another id, or edit the existing app instead.</source>
        <translation>Une application avec cet ID existe déjà. Choisissez un autre ID, ou modifiez plutôt l&apos;application existante.</translation>
    </message>
    <message>
        <source>Marathon refused: %1</source>
        <translation>Marathon a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The app is locked by deployment %1, so the change was refused. Nothing was changed.</source>
        <translation>L&apos;application est verrouillée par le déploiement %1, la modification a donc été refusée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There was a problem with your configuration: %1</source>
        <translation>Votre configuration pose problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>La modification n&apos;a pas été appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>On the JSON tab: %1</source>
        <translation>Dans l&apos;onglet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marathon would accept this, but see the warnings at the fields. Press %1 again to send it anyway.</source>
        <translation>Marathon accepterait cette configuration, mais voyez les avertissements aux champs. Appuyez de nouveau sur %1 pour l&apos;envoyer malgré tout.</translation>
    </message>
    <message>
        <source>Stop the deployment and apply</source>
        <translation>Arrêter le déploiement et appliquer</translation>
    </message>
    <message>
        <source>Deployment %1 holds %2. Stop it (without rollback) and apply your change?</source>
        <translation>Le déploiement %1 verrouille %2. L&apos;arrêter (sans retour arrière) et appliquer votre modification&#xa0;?</translation>
    </message>
    <message>
        <source>Stop and apply</source>
        <translation>Arrêter et appliquer</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message>
        <source>Kill &amp;&amp; Scale</source>
        <translation>Tuer &amp;&amp; réduire</translation>
    </message>
    <message>
        <source>Kill &amp;&amp; Wipe</source>
        <translation>Tuer &amp;&amp; effacer</translation>
    </message>
    <message>
        <source>Only for apps with persistent volumes: also destroys the volumes and reservations.</source>
        <translation>Uniquement pour les applications à volumes persistants&#xa0;: détruit aussi les volumes et les réservations.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Apply this version</source>
        <translation>Appliquer cette version</translation>
    </message>
    <message>
        <source>Pick a version to see what differs from the current configuration.</source>
        <translation>Choisissez une version pour voir ce qui diffère de la configuration actuelle.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Last task failure</source>
        <translation>Dernier échec de tâche</translation>
    </message>
    <message>
        <source>Launch queue</source>
        <translation>File de lancement</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Open stdout</source>
        <translation>Ouvrir stdout</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open stderr</source>
        <translation>Ouvrir stderr</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Browse sandbox</source>
        <translation>Parcourir la sandbox</translation>
    </message>
    <message>
        <source>Follow all instances</source>
        <translation>Suivre toutes les instances</translation>
    </message>
    <message>
        <source>One view following the stdout of every task of this app, each line marked by its task</source>
        <translation>Une seule vue qui suit le stdout de chaque tâche de cette application, chaque ligne marquée par sa tâche</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Follow the selected task&apos;s stdout; the arrow offers stderr, its sandbox and all instances</source>
        <translation>Suivre le stdout de la tâche sélectionnée&#xa0;; la flèche propose stderr, sa sandbox et toutes les instances</translation>
    </message>
    <message>
        <source>Select an app.</source>
        <translation>Sélectionnez une application.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 healthy</source>
        <translation>%1 saines</translation>
    </message>
    <message>
        <source>no health checks</source>
        <translation>aucun contrôle de santé</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 running, %4%5</source>
        <translation>%1 — %2 sur %3 en cours, %4%5</translation>
    </message>
    <message>
        <source>, deploying</source>
        <translation>, déploiement en cours</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>Image du conteneur</translation>
    </message>
    <message>
        <source>URIs</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Contrôles de santé</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last scaling</source>
        <translation>Dernière mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>Last configuration change</source>
        <translation>Dernière modification de configuration</translation>
    </message>
    <message>
        <source>This app does not have failed tasks.</source>
        <translation>Cette application n&apos;a pas de tâche en échec.</translation>
    </message>
    <message>
        <source>Task %1
State: %2
Message: %3
Host: %4
When: %5
Version: %6</source>
        <translation>Tâche %1
État&#xa0;: %2
Message&#xa0;: %3
Hôte&#xa0;: %4
Quand&#xa0;: %5
Version&#xa0;: %6</translation>
    </message>
    <message>
        <source>Could not load versions: %1</source>
        <translation>Impossible de charger les versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load version %1: %2</source>
        <translation>Impossible de charger la version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Same configuration as the current one.</source>
        <translation>Même configuration que la configuration actuelle.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
</context>
<context>
    <name>AppStatus</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retardée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>AppTasksModel</name>
    <message>
        <source>Healthy</source>
        <translation>Saine</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Non saine</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non signalé)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>AppsModel</name>
    <message>
        <source>Healthy %1, unhealthy %2, unknown %3, staged %4</source>
        <translation>Saines %1, non saines %2, inconnues %3, en préparation %4</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>pod</translation>
    </message>
    <message>
        <source>Depends on: %1
Needed by: %2</source>
        <translation>Dépend de&#xa0;: %1
Requis par&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Toute santé</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saines</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Non saines</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>label or label:value</source>
        <translation>label ou label:valeur</translation>
    </message>
    <message>
        <source>No applications created.</source>
        <translation>Aucune application créée.</translation>
    </message>
    <message>
        <source>No applications match the filters.</source>
        <translation>Aucune application ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Filter the apps</source>
        <translation>Filtrer les applications</translation>
    </message>
</context>
<context>
    <name>AuthBroker</name>
    <message>
        <source>%1 needs credentials; signing in was stopped</source>
        <translation>%1 demande des identifiants&#xa0;; l&apos;identification a été arrêtée</translation>
    </message>
    <message>
        <source>%1 needs credentials (realm &quot;%2&quot;); signing in was stopped</source>
        <translation>%1 demande des identifiants (domaine «&#xa0;%2&#xa0;»)&#xa0;; l&apos;identification a été arrêtée</translation>
    </message>
    <message>
        <source>%1 refused %2.</source>
        <translation>%1 a refusé %2.</translation>
    </message>
    <message>
        <source>%1 refused %2 (realm &quot;%3&quot;).</source>
        <translation>%1 a refusé %2 (domaine «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>signing in to %1 was canceled</source>
        <translation>l&apos;identification auprès de %1 a été annulée</translation>
    </message>
</context>
<context>
    <name>AuthPromptController</name>
    <message>
        <source>Sign &amp;In Again</source>
        <translation>S&apos;&amp;identifier à nouveau</translation>
    </message>
    <message>
        <source>Read-only credentials: %1 may not change anything on %2.</source>
        <translation>Identifiants en lecture seule&#xa0;: %1 ne peut rien modifier sur %2.</translation>
    </message>
    <message>
        <source>Read-only credentials: %1 may not change anything on %2 (realm &quot;%3&quot;).</source>
        <translation>Identifiants en lecture seule&#xa0;: %1 ne peut rien modifier sur %2 (domaine «&#xa0;%3&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Noms alternatifs</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Pinned SHA-256</source>
        <translation>SHA-256 épinglé</translation>
    </message>
    <message>
        <source>Presented SHA-256</source>
        <translation>SHA-256 présenté</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Approuver le nouveau certificat</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Approuver ce certificat</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you trusted, so MesosDesk refused the connection. If the server&apos;s certificate was not renewed on purpose, someone may be intercepting the connection.</source>
        <translation>Le certificat de %1 n&apos;est pas celui que vous avez approuvé&#xa0;: MesosDesk a donc refusé la connexion. Si le certificat du serveur n&apos;a pas été renouvelé volontairement, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so MesosDesk refused the connection. Trust it only if you know this is the server&apos;s certificate (compare the SHA-256 fingerprint).</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé&#xa0;: MesosDesk a donc refusé la connexion. Ne l&apos;approuvez que si vous savez que c&apos;est le certificat du serveur (comparez l&apos;empreinte SHA-256).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <source>The certificate of %1 is trusted now (pinned, SHA-256 %2).</source>
        <translation>Le certificat de %1 est désormais approuvé (épinglé, SHA-256 %2).</translation>
    </message>
</context>
<context>
    <name>ChangeRunner</name>
    <message>
        <source>%1: done.</source>
        <translation>%1&#xa0;: terminé.</translation>
    </message>
    <message>
        <source>Locked by a deployment</source>
        <translation>Verrouillée par un déploiement</translation>
    </message>
    <message>
        <source>%1 was refused: the app is locked by deployment %2.

Stop that deployment (without rollback) and do it anyway?</source>
        <translation>%1 a été refusé&#xa0;: l&apos;application est verrouillée par le déploiement %2.

Arrêter ce déploiement (sans retour arrière) et le faire malgré tout&#xa0;?</translation>
    </message>
    <message>
        <source>Stop deployment and continue</source>
        <translation>Arrêter le déploiement et continuer</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Allocation over time (% of total)</source>
        <translation>Allocation dans le temps (% du total)</translation>
    </message>
    <message>
        <source>Tasks by state over time</source>
        <translation>Tâches par état dans le temps</translation>
    </message>
    <message>
        <source>Most allocated agents (CPU %)</source>
        <translation>Agents les plus alloués (% CPU)</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Non connecté à un cluster.</translation>
    </message>
    <message>
        <source>No agents known yet.</source>
        <translation>Aucun agent connu pour le moment.</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <source>Health checks</source>
        <translation>Contrôles de santé</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Contrôles de disponibilité</translation>
    </message>
    <message>
        <source>command &quot;%1&quot;</source>
        <translation>commande &quot;%1&quot;</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>port index %1</source>
        <translation>index de port %1</translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>chemin %1</translation>
    </message>
    <message>
        <source>protocol not reported</source>
        <translation>protocole non indiqué</translation>
    </message>
    <message>
        <source>grace period %1 s</source>
        <translation>délai de grâce %1 s</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>toutes les %1 s</translation>
    </message>
    <message>
        <source>timeout %1 s</source>
        <translation>délai d&apos;attente %1 s</translation>
    </message>
    <message>
        <source>killed after %1 consecutive failures</source>
        <translation>tuée après %1 échecs consécutifs</translation>
    </message>
    <message>
        <source>never killed for failing</source>
        <translation>jamais tuée pour échec</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>ready on HTTP %1</source>
        <translation>prête sur HTTP %1</translation>
    </message>
    <message>
        <source>keeps the last response</source>
        <translation>garde la dernière réponse</translation>
    </message>
    <message>
        <source>does not keep responses</source>
        <translation>ne garde pas les réponses</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This app has no health checks: Marathon knows nothing about its tasks&apos; health.</source>
        <translation>Cette app n&apos;a pas de contrôle de santé&#xa0;: Marathon ne sait rien de la santé de ses tâches.</translation>
    </message>
    <message>
        <source>This app has no readiness checks.</source>
        <translation>Cette app n&apos;a pas de contrôle de disponibilité.</translation>
    </message>
    <message>
        <source>No readiness results: Marathon reports them only while a deployment waits for them.</source>
        <translation>Aucun résultat de disponibilité&#xa0;: Marathon n&apos;en donne que pendant qu&apos;un déploiement les attend.</translation>
    </message>
    <message>
        <source>Results of the running deployment:</source>
        <translation>Résultats du déploiement en cours&#xa0;:</translation>
    </message>
    <message>
        <source>delay %1 s</source>
        <translation>délai %1 s</translation>
    </message>
</context>
<context>
    <name>ClusterHistory</name>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Staging/starting</source>
        <translation>Préparation/démarrage</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tuées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>No data: %1</source>
        <translation>Aucune donnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Non connecté à un cluster.</translation>
    </message>
    <message>
        <source>Metrics are not available yet (waiting for /metrics/snapshot or the agents&apos; resources).</source>
        <translation>Les métriques ne sont pas encore disponibles (en attente de /metrics/snapshot ou des ressources des agents).</translation>
    </message>
    <message>
        <source>Collecting… (a chart needs two samples)</source>
        <translation>Collecte… (un graphique demande deux échantillons)</translation>
    </message>
</context>
<context>
    <name>ClusterProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>no ZooKeeper URL: asking the master</source>
        <translation>aucune URL ZooKeeper&#xa0;: interrogation du maître</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message numerus="yes">
        <source>no master leads (%n registered)</source>
        <translation>
            <numerusform>aucun maître leader (%n enregistré)</numerusform>
            <numerusform>aucun maître leader (%n enregistrés)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Mesos %2)</source>
        <translation>%1 (Mesos %2)</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 est leader</translation>
    </message>
    <message>
        <source>%1 says no master is elected</source>
        <translation>%1 indique qu&apos;aucun maître n&apos;est élu</translation>
    </message>
    <message>
        <source>%1 does not lead and named no leader (%2)</source>
        <translation>%1 n&apos;est pas leader et n&apos;a désigné aucun leader (%2)</translation>
    </message>
    <message>
        <source>%1 leads (named by %2)</source>
        <translation>%1 est leader (désigné par %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 no longer leads</source>
        <translation>%1 n&apos;est plus leader</translation>
    </message>
    <message>
        <source>%1 agents active, %2 tasks running</source>
        <translation>%1 agents actifs, %2 tâches en cours</translation>
    </message>
    <message>
        <source>no Marathon URL in the profile</source>
        <translation>aucune URL Marathon dans le profil</translation>
    </message>
    <message>
        <source>no Marathon leader under %1</source>
        <translation>aucun leader Marathon sous %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deployment(s) in progress</source>
        <translation>
            <numerusform>%1&#xa0;: %n déploiement en cours</numerusform>
            <numerusform>%1&#xa0;: %n déploiements en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Marathon %1: %2</source>
        <translation>Marathon %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a deployments list</source>
        <translation>ce n&apos;est pas une liste de déploiements</translation>
    </message>
    <message>
        <source>masters</source>
        <translation>les maîtres</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>les agents</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>the profile sends no credentials</source>
        <translation>le profil n&apos;envoie aucun identifiant</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>aucun trousseau</translation>
    </message>
    <message>
        <source>not read (%1): nothing to send to the %2</source>
        <translation>non lu (%1)&#xa0;: rien à envoyer pour %2</translation>
    </message>
    <message>
        <source>nothing stored for the %1</source>
        <translation>rien d&apos;enregistré pour %1</translation>
    </message>
    <message>
        <source>a secret for the %1; nothing stored for the %2</source>
        <translation>un secret pour %1&#xa0;; rien d&apos;enregistré pour %2</translation>
    </message>
    <message>
        <source>a secret for the %1</source>
        <translation>un secret pour %1</translation>
    </message>
    <message>
        <source>ZooKeeper %1 wants credentials; the profile sends none</source>
        <translation>ZooKeeper %1 demande des identifiants&#xa0;; le profil n&apos;en envoie aucun</translation>
    </message>
    <message>
        <source>ZooKeeper %1 refused the digest of %2</source>
        <translation>ZooKeeper %1 a refusé le digest de %2</translation>
    </message>
    <message>
        <source>connected to %1 with the digest of %2</source>
        <translation>connecté à %1 avec le digest de %2</translation>
    </message>
    <message>
        <source>Marathon %1</source>
        <translation>Marathon %1</translation>
    </message>
    <message>
        <source>%1 (the server presents SHA-256 %2)</source>
        <translation>%1 (le serveur présente le SHA-256 %2)</translation>
    </message>
    <message>
        <source>403 Forbidden for %1: read-only credentials without the right to read this</source>
        <translation>403 Forbidden pour %1&#xa0;: identifiants en lecture seule sans le droit de lire ceci</translation>
    </message>
    <message>
        <source>HTTP %1 without credentials: %2</source>
        <translation>HTTP %1 sans identifiants&#xa0;: %2</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>le jeton</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1 (identification&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (realm &quot;%2&quot;)</source>
        <translation>%1 (domaine «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 asks for credentials; the profile does not name it, so none are sent there</source>
        <translation>%1 demande des identifiants&#xa0;; le profil ne le mentionne pas, aucun n&apos;y est donc envoyé</translation>
    </message>
    <message>
        <source>%1 asks for credentials; the profile has none for the %2</source>
        <translation>%1 demande des identifiants&#xa0;; le profil n&apos;en a aucun pour %2</translation>
    </message>
    <message>
        <source>%1 asks for credentials; the keychain did not give those of the %2: %3</source>
        <translation>%1 demande des identifiants&#xa0;; le trousseau n&apos;a pas fourni ceux pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 asks for credentials; nothing is stored in the keychain for the %2</source>
        <translation>%1 demande des identifiants&#xa0;; rien n&apos;est enregistré dans le trousseau pour %2</translation>
    </message>
</context>
<context>
    <name>ClusterStatusPresenter</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <source>ZooKeeper refused the credentials of %1.</source>
        <translation>ZooKeeper a refusé les identifiants de %1.</translation>
    </message>
    <message>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>MesosDesk</source>
        <translation>MesosDesk</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>aucun leader</translation>
    </message>
    <message>
        <source>leader unknown</source>
        <translation>leader inconnu</translation>
    </message>
    <message>
        <source>ZooKeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <source>stale data</source>
        <translation>données périmées</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>MesosDesk — %1</source>
        <translation>MesosDesk — %1</translation>
    </message>
    <message>
        <source>MesosDesk — %1 — %2</source>
        <translation>MesosDesk — %1 — %2</translation>
    </message>
    <message>
        <source>Not connected. Use File → Connect.</source>
        <translation>Non connecté. Utilisez Fichier → Se connecter.</translation>
    </message>
    <message>
        <source>Looking for the leading Mesos master…</source>
        <translation>Recherche du maître Mesos leader…</translation>
    </message>
    <message>
        <source>Asking %1 for the leading Mesos master…</source>
        <translation>Demande du maître Mesos leader à %1…</translation>
    </message>
    <message>
        <source>No leading Mesos master.</source>
        <translation>Aucun maître Mesos leader.</translation>
    </message>
    <message>
        <source>%1 is not leading and knows of no leader.</source>
        <translation>%1 n&apos;est pas leader et ne connaît aucun leader.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Leading master: %1</source>
        <translation>Maître leader&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Elected: %1</source>
        <translation>Élu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reached through the standby %1, which redirects to the leader.</source>
        <translation>Atteint via le maître de secours %1, qui redirige vers le leader.</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1 (leader)</translation>
    </message>
    <message>
        <source>%1 (standby)</source>
        <translation>%1 (secours)</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Maîtres&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClusterWindows</name>
    <message>
        <source>Fleet — MesosDesk</source>
        <translation>Parc — MesosDesk</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Find apps, tasks, agents, frameworks, profiles and actions…</source>
        <translation>Chercher des applications, tâches, agents, frameworks, profils et actions…</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to find. ↑↓ move, Enter acts, Esc leaves</source>
        <translation>
            <numerusform>%n élément à chercher. ↑↓ pour se déplacer, Entrée pour agir, Échap pour quitter</numerusform>
            <numerusform>%n éléments à chercher. ↑↓ pour se déplacer, Entrée pour agir, Échap pour quitter</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>The best %1 of %n match(es)</source>
        <translation>
            <numerusform>Les %1 meilleures sur %n correspondance</numerusform>
            <numerusform>Les %1 meilleures sur %n correspondances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Tapez %1 pour confirmer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a cluster</source>
        <translation>Se connecter à un cluster</translation>
    </message>
    <message>
        <source>zk://host1:2181,host2:2181/mesos or http://master:5050</source>
        <translation>zk://host1:2181,host2:2181/mesos ou http://master:5050</translation>
    </message>
    <message>
        <source>A ZooKeeper URL follows the leader through failovers and lists every master. A master URL reaches the leader through that master.</source>
        <translation>Une URL ZooKeeper suit le leader lors des basculements et liste tous les maîtres. Une URL de maître atteint le leader en passant par ce maître.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Save as &amp;profile</source>
        <translation>Enregistrer comme &amp;profil</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved as a profile: %1</source>
        <translation>Non enregistré comme profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as the profile &quot;%1&quot;.</source>
        <translation>Enregistré comme profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Saved as the profile &quot;%1&quot;, but its password is not in the keychain: %2</source>
        <translation>Enregistré comme profil «&#xa0;%1&#xa0;», mais son mot de passe n&apos;est pas dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Leaders found in ZooKeeper serve &amp;HTTPS</source>
        <translation>Les leaders trouvés dans ZooKeeper servent &amp;HTTPS</translation>
    </message>
    <message>
        <source>ZooKeeper names the leading master and Marathon by host and port only. Check this when they serve TLS; MesosDesk never falls back to plain HTTP on its own.</source>
        <translation>ZooKeeper ne nomme le maître leader et Marathon que par hôte et port. Cochez ceci s&apos;ils servent en TLS&#xa0;; MesosDesk ne se rabat jamais de lui-même sur HTTP en clair.</translation>
    </message>
</context>
<context>
    <name>ConnectionTarget</name>
    <message>
        <source>enter a ZooKeeper URL (zk://host:2181/mesos) or a master URL (http://host:5050)</source>
        <translation>saisissez une URL ZooKeeper (zk://host:2181/mesos) ou une URL de maître (http://host:5050)</translation>
    </message>
    <message>
        <source>a URL has no spaces</source>
        <translation>une URL ne contient pas d&apos;espace</translation>
    </message>
    <message>
        <source>&quot;%1://&quot; is not a scheme MesosDesk speaks: use zk://, http:// or https://</source>
        <translation>«&#xa0;%1://&#xa0;» n&apos;est pas un schéma que MesosDesk connaît&#xa0;: utilisez zk://, http:// ou https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL; did you mean &quot;%2://%3&quot;?</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL&#xa0;; vouliez-vous dire «&#xa0;%2://%3&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>a master URL is only http://host:port; remove &quot;%1&quot;</source>
        <translation>une URL de maître n&apos;est que http://host:port&#xa0;; retirez «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a user name goes before &quot;@&quot;: http://user:password@host:port</source>
        <translation>le nom d&apos;utilisateur se place avant «&#xa0;@&#xa0;»&#xa0;: http://user:password@host:port</translation>
    </message>
    <message>
        <source>the port after &quot;%1:&quot; is missing</source>
        <translation>le port après «&#xa0;%1:&#xa0;» manque</translation>
    </message>
    <message>
        <source>the master URL names no host</source>
        <translation>l&apos;URL du maître ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte ni une adresse</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>MesosDesk quit unexpectedly</source>
        <translation>MesosDesk s&apos;est arrêté de manière inattendue</translation>
    </message>
    <message>
        <source>MesosDesk stopped unexpectedly on %1.</source>
        <translation>MesosDesk s&apos;est arrêté de manière inattendue le %1.</translation>
    </message>
    <message>
        <source>MesosDesk stopped unexpectedly in an earlier run.</source>
        <translation>MesosDesk s&apos;est arrêté de manière inattendue lors d&apos;une exécution précédente.</translation>
    </message>
    <message>
        <source>A report with the backtrace was saved; it holds the version and where the program was, no passwords and no cluster data. Please send it to the developers with what you were doing.</source>
        <translation>Un rapport contenant la pile d&apos;appels a été enregistré&#xa0;; il contient la version et l&apos;endroit où se trouvait le programme, sans mot de passe ni donnée du cluster. Merci de l&apos;envoyer aux développeurs en décrivant ce que vous faisiez.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier report(s) are in the same folder.</source>
        <translation>
            <numerusform>%n rapport précédent se trouve dans le même dossier.</numerusform>
            <numerusform>%n rapports précédents se trouvent dans le même dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>No file manager opened the folder. Copy the path above instead.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a ouvert le dossier. Copiez plutôt le chemin ci-dessus.</translation>
    </message>
</context>
<context>
    <name>CredentialPrompt</name>
    <message>
        <source>This host is not one of the connection&apos;s hosts: it was reached through a redirect or the Mesos framework list. Only what you enter here is sent to it.</source>
        <translation>Cet hôte ne fait pas partie des hôtes de la connexion&#xa0;: il a été atteint par une redirection ou par la liste des frameworks Mesos. Seul ce que vous saisissez ici lui est envoyé.</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Token (DC/OS)</source>
        <translation>Jeton (DC/OS)</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>S&apos;identifier avec&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>S&apos;identifier</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>S&apos;identifier sur %1</translation>
    </message>
    <message>
        <source>%1 asks for credentials.</source>
        <translation>%1 demande des identifiants.</translation>
    </message>
    <message>
        <source>%1 asks for credentials for the realm &quot;%2&quot;.</source>
        <translation>%1 demande des identifiants pour le domaine «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 Check the user name and password, or cancel to stop asking.</source>
        <translation>%1 Vérifiez le nom d&apos;utilisateur et le mot de passe, ou annulez pour ne plus être sollicité.</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Keep in memory for this run</source>
        <translation>Garder en mémoire pour cette session</translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1): nothing can be remembered after MesosDesk quits.</source>
        <translation>Le trousseau est inutilisable (%1)&#xa0;: rien ne peut être mémorisé après la fermeture de MesosDesk.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DeploymentsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>étape %1 sur %2</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Affected apps</source>
        <translation>Applications concernées</translation>
    </message>
    <message>
        <source>Current actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>DeploymentsView</name>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Starts a new deployment that reverts this one.</source>
        <translation>Lance un nouveau déploiement qui annule celui-ci.</translation>
    </message>
    <message>
        <source>Force stop</source>
        <translation>Arrêt forcé</translation>
    </message>
    <message>
        <source>Cancels without rollback: may leave a mix of old and new tasks.</source>
        <translation>Annule sans retour arrière&#xa0;: peut laisser un mélange d&apos;anciennes et de nouvelles tâches.</translation>
    </message>
    <message>
        <source>No deployments.</source>
        <translation>Aucun déploiement.</translation>
    </message>
</context>
<context>
    <name>EndpointAuthEditor</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show what is typed (a secret already in the keychain is never shown)</source>
        <translation>Afficher la saisie (un secret déjà dans le trousseau n&apos;est jamais affiché)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>%1: a user name is needed</source>
        <translation>%1&#xa0;: un nom d&apos;utilisateur est requis</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>looking in the keychain…</source>
        <translation>recherche dans le trousseau…</translation>
    </message>
    <message>
        <source>no token stored: asked when needed</source>
        <translation>aucun jeton enregistré&#xa0;: demandé si nécessaire</translation>
    </message>
    <message>
        <source>none stored: asked when needed</source>
        <translation>aucun mot de passe enregistré&#xa0;: demandé si nécessaire</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Deployment started</source>
        <translation>Déploiement lancé</translation>
    </message>
    <message>
        <source>Deployment succeeded</source>
        <translation>Déploiement réussi</translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation>Déploiement échoué</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>Tâche échouée</translation>
    </message>
    <message>
        <source>Task lost</source>
        <translation>Tâche perdue</translation>
    </message>
    <message>
        <source>Health changed</source>
        <translation>Santé modifiée</translation>
    </message>
    <message>
        <source>Deployment step</source>
        <translation>Étape de déploiement</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>Statut de tâche</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 sur %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>deployment %1: step %2</source>
        <translation>déploiement %1&#xa0;: étape %2</translation>
    </message>
    <message>
        <source>deployment %1: step %2 (%3)</source>
        <translation>déploiement %1&#xa0;: étape %2 (%3)</translation>
    </message>
    <message>
        <source>%1 failed a health check</source>
        <translation>%1 a échoué à un contrôle de santé</translation>
    </message>
    <message>
        <source>%1 is healthy</source>
        <translation>%1 est saine</translation>
    </message>
    <message>
        <source>%1 is unhealthy</source>
        <translation>%1 n&apos;est pas saine</translation>
    </message>
    <message>
        <source>deployment %1</source>
        <translation>déploiement %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>App / deployment</source>
        <translation>Application / déploiement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifications du bureau</translation>
    </message>
</context>
<context>
    <name>FileDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Download canceled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
</context>
<context>
    <name>FileTail</name>
    <message>
        <source>You are not authorized to read this file (the agent answered 401/403). Check the credentials of this cluster.</source>
        <translation>Vous n&apos;êtes pas autorisé à lire ce fichier (l&apos;agent a répondu 401/403). Vérifiez les identifiants de ce cluster.</translation>
    </message>
    <message>
        <source>The agent answered offset %1 for a read at %2.</source>
        <translation>L&apos;agent a répondu avec l&apos;offset %1 pour une lecture à %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist on the agent (the sandbox may have been garbage collected).</source>
        <translation>Le fichier %1 n&apos;existe pas sur l&apos;agent (la sandbox a peut-être été supprimée par le nettoyage automatique).</translation>
    </message>
    <message>
        <source>The agent answered an unexpected offset.</source>
        <translation>L&apos;agent a répondu avec un offset inattendu.</translation>
    </message>
</context>
<context>
    <name>FilesReadChunk</name>
    <message>
        <source>the agent&apos;s answer to /files/read is not a JSON object</source>
        <translation>la réponse de l&apos;agent à /files/read n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>malformed JSON in the agent&apos;s answer to /files/read</source>
        <translation>JSON mal formé dans la réponse de l&apos;agent à /files/read</translation>
    </message>
    <message>
        <source>the agent&apos;s answer to /files/read was cut short</source>
        <translation>la réponse de l&apos;agent à /files/read a été tronquée</translation>
    </message>
    <message>
        <source>unexpected text after the agent&apos;s answer to /files/read</source>
        <translation>texte inattendu après la réponse de l&apos;agent à /files/read</translation>
    </message>
    <message>
        <source>the agent&apos;s answer to /files/read lacks &quot;data&quot; or &quot;offset&quot;</source>
        <translation>il manque &quot;data&quot; ou &quot;offset&quot; dans la réponse de l&apos;agent à /files/read</translation>
    </message>
    <message>
        <source>the agent answered a negative file offset</source>
        <translation>l&apos;agent a répondu avec un offset de fichier négatif</translation>
    </message>
</context>
<context>
    <name>FlagsModel</name>
    <message>
        <source>Flag</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Filter flags (name or value)</source>
        <translation>Filtrer les options (nom ou valeur)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the leading master&apos;s flags again</source>
        <translation>Relire les options du maître leader</translation>
    </message>
    <message>
        <source>Reading the flags of the leading master…</source>
        <translation>Lecture des options du maître leader…</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) of the leading master %1, read at %2.</source>
        <translation>
            <numerusform>%n option du maître leader %1, lue à %2.</numerusform>
            <numerusform>%n options du maître leader %1, lues à %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetHome</name>
    <message>
        <source>No cluster profiles yet. Add one with Profiles…, or open a URL.</source>
        <translation>Aucun profil de cluster pour le moment. Ajoutez-en un avec Profils…, ou ouvrez une URL.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>Open a &amp;URL…</source>
        <translation>Ouvrir une &amp;URL…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No cluster profiles</source>
        <translation>Aucun profil de cluster</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) — %1</source>
        <translation>
            <numerusform>%n cluster — %1</numerusform>
            <numerusform>%n clusters — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS not trusted</source>
        <translation>TLS non approuvé</translation>
    </message>
    <message>
        <source>Authentication needed</source>
        <translation>Authentification requise</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>No leader</source>
        <translation>Aucun leader</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>%1 active, %2 unreachable</source>
        <translation>%1 actifs, %2 injoignables</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 actifs</translation>
    </message>
    <message>
        <source>%1 running, %2 failed</source>
        <translation>%1 en cours, %2 échouées</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Leading master</source>
        <translation>Maître leader</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Last good answer</source>
        <translation>Dernière réponse valide</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
</context>
<context>
    <name>FleetTray</name>
    <message>
        <source>MesosDesk: %1</source>
        <translation>MesosDesk&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FrameworkCapabilities</name>
    <message>
        <source>Revocable resources</source>
        <translation>Ressources révocables</translation>
    </message>
    <message>
        <source>Receives revocable resources (oversubscription)</source>
        <translation>Reçoit des ressources révocables (surallocation)</translation>
    </message>
    <message>
        <source>Task killing state</source>
        <translation>État TASK_KILLING</translation>
    </message>
    <message>
        <source>Sees TASK_KILLING while a task is being killed</source>
        <translation>Voit TASK_KILLING pendant qu&apos;une tâche est tuée</translation>
    </message>
    <message>
        <source>GPU resources</source>
        <translation>Ressources GPU</translation>
    </message>
    <message>
        <source>Is offered the resources of agents with GPUs</source>
        <translation>Se voit offrir les ressources des agents dotés de GPU</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Ressources partagées</translation>
    </message>
    <message>
        <source>Can use shared persistent volumes</source>
        <translation>Peut utiliser des volumes persistants partagés</translation>
    </message>
    <message>
        <source>Partition-aware</source>
        <translation>Sensible aux partitions</translation>
    </message>
    <message>
        <source>Sees TASK_UNREACHABLE (not TASK_LOST) for tasks on agents cut off from the master</source>
        <translation>Voit TASK_UNREACHABLE (et non TASK_LOST) pour les tâches des agents coupés du maître</translation>
    </message>
    <message>
        <source>Multiple roles</source>
        <translation>Rôles multiples</translation>
    </message>
    <message>
        <source>Subscribes with several roles</source>
        <translation>S&apos;abonne à plusieurs rôles</translation>
    </message>
    <message>
        <source>Reservation refinement</source>
        <translation>Réservations affinées</translation>
    </message>
    <message>
        <source>Understands refined (hierarchical) reservations</source>
        <translation>Comprend les réservations affinées (hiérarchiques)</translation>
    </message>
    <message>
        <source>Region-aware</source>
        <translation>Sensible aux régions</translation>
    </message>
    <message>
        <source>Is offered resources of agents in other regions</source>
        <translation>Se voit offrir des ressources d&apos;agents d&apos;autres régions</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>FrameworkIdentityForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Failover timeout</source>
        <translation>Délai de basculement</translation>
    </message>
    <message>
        <source>Checkpointing</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Scheduler PID</source>
        <translation>PID de l&apos;ordonnanceur</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the framework&apos;s own web UI in the browser</source>
        <translation>Ouvrir l&apos;interface web propre au framework dans le navigateur</translation>
    </message>
    <message>
        <source>the framework&apos;s web UI</source>
        <translation>L&apos;interface web du framework</translation>
    </message>
    <message>
        <source>Web UI</source>
        <translation>Interface web</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Re-registered</source>
        <translation>Réenregistré</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Désenregistré</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none: its tasks are killed when its scheduler disconnects</source>
        <translation>aucun&#xa0;: ses tâches sont tuées quand son ordonnanceur se déconnecte</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none (an HTTP scheduler, or not reported)</source>
        <translation>aucun (ordonnanceur HTTP, ou non indiqué)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The framework gives no web address that a browser can open</source>
        <translation>Le framework ne donne aucune adresse web qu&apos;un navigateur puisse ouvrir</translation>
    </message>
    <message>
        <source>not reported (never re-registered)</source>
        <translation>non indiqué (jamais réenregistré)</translation>
    </message>
    <message>
        <source>none: it is registered</source>
        <translation>aucun&#xa0;: il est enregistré</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Open in Mesos web UI</source>
        <translation>Ouvrir dans l&apos;interface web Mesos</translation>
    </message>
    <message>
        <source>Open stdout</source>
        <translation>Ouvrir stdout</translation>
    </message>
    <message>
        <source>Open stderr</source>
        <translation>Ouvrir stderr</translation>
    </message>
    <message>
        <source>Browse sandbox</source>
        <translation>Parcourir la sandbox</translation>
    </message>
    <message>
        <source>the Mesos web UI</source>
        <translation>L&apos;interface web Mesos</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Offers held</source>
        <translation>Offres détenues</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tâches&#xa0;:</translation>
    </message>
    <message>
        <source>Filter tasks (name, id, agent, state, IP)</source>
        <translation>Filtrer les tâches (nom, ID, agent, état, IP)</translation>
    </message>
    <message>
        <source>Follow the selected task&apos;s stdout in the Sandbox tab</source>
        <translation>Suivre le stdout de la tâche sélectionnée dans l&apos;onglet Sandbox</translation>
    </message>
    <message>
        <source>Offers not polled yet.</source>
        <translation>Offres pas encore interrogées.</translation>
    </message>
    <message>
        <source>Not connected: offers unknown.</source>
        <translation>Non connecté&#xa0;: offres inconnues.</translation>
    </message>
    <message>
        <source>Framework %1</source>
        <translation>Framework %1</translation>
    </message>
    <message>
        <source>Not connected to a cluster: what is shown is as last seen.</source>
        <translation>Non connecté à un cluster&#xa0;: l&apos;affichage correspond au dernier état vu.</translation>
    </message>
    <message>
        <source>The master does not list this framework (any more): what is shown is as last seen.</source>
        <translation>Le maître ne liste pas (plus) ce framework&#xa0;: l&apos;affichage correspond au dernier état vu.</translation>
    </message>
    <message>
        <source>This framework was removed from the cluster (torn down, or it finished); unregistered: %1. It runs no tasks and cannot come back under this id.</source>
        <translation>Ce framework a été retiré du cluster (démantelé, ou il s&apos;est terminé)&#xa0;; désenregistré&#xa0;: %1. Il n&apos;exécute aucune tâche et ne peut pas revenir sous cet ID.</translation>
    </message>
    <message>
        <source>The framework&apos;s scheduler is disconnected (since %1): the master keeps its tasks until its failover timeout runs out.</source>
        <translation>L&apos;ordonnanceur du framework est déconnecté (depuis %1)&#xa0;: le maître conserve ses tâches jusqu&apos;à l&apos;expiration de son délai de basculement.</translation>
    </message>
    <message>
        <source>Stale data (last update %1): the values below may be old.</source>
        <translation>Données périmées (dernière mise à jour %1)&#xa0;: les valeurs ci-dessous peuvent être anciennes.</translation>
    </message>
    <message>
        <source>The framework is inactive: the master sends it no offers.</source>
        <translation>Le framework est inactif&#xa0;: le maître ne lui envoie aucune offre.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non listé</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignables</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Show only the tasks in %1</source>
        <translation>N&apos;afficher que les tâches en %1</translation>
    </message>
    <message>
        <source>The offers could not be read (%1): %2</source>
        <translation>Les offres n&apos;ont pas pu être lues (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Holds no offers (read at %1).</source>
        <translation>Ne détient aucune offre (lecture à %1).</translation>
    </message>
    <message numerus="yes">
        <source>Holds %n offer(s) (read at %1).</source>
        <translation>
            <numerusform>Détient %n offre (lecture à %1).</numerusform>
            <numerusform>Détient %n offres (lecture à %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkResourcesModel</name>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>The master reports reservations only with v1 resources (the operator API)</source>
        <translation>Le maître n&apos;indique les réservations qu&apos;avec les ressources v1 (l&apos;API opérateur)</translation>
    </message>
    <message>
        <source>The master did not report this</source>
        <translation>Le maître ne l&apos;a pas indiqué</translation>
    </message>
    <message>
        <source>Of the cluster&apos;s total (every agent&apos;s resources)</source>
        <translation>Part du total du cluster (ressources de tous les agents)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
</context>
<context>
    <name>FrameworkTeardown</name>
    <message>
        <source>Tear down framework…</source>
        <translation>Démanteler le framework…</translation>
    </message>
    <message>
        <source>Read-only: the framework cannot be torn down.</source>
        <translation>Lecture seule&#xa0;: le framework ne peut pas être démantelé.</translation>
    </message>
    <message>
        <source>Select a framework to tear it down.</source>
        <translation>Sélectionnez un framework pour le démanteler.</translation>
    </message>
    <message>
        <source>This framework has already been removed.</source>
        <translation>Ce framework a déjà été retiré.</translation>
    </message>
    <message>
        <source>No leading master is known.</source>
        <translation>Aucun maître leader n&apos;est connu.</translation>
    </message>
    <message>
        <source>Kill every task of the framework and remove it from the cluster</source>
        <translation>Tuer toutes les tâches du framework et le retirer du cluster</translation>
    </message>
    <message>
        <source>Tear down the framework %1 (%2)?</source>
        <translation>Démanteler le framework %1 (%2)&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The master kills its %n running task(s) and removes the framework.</source>
        <translation>
            <numerusform>Le maître tue %n tâche en cours et retire le framework.</numerusform>
            <numerusform>Le maître tue ses %n tâches en cours et retire le framework.</numerusform>
        </translation>
    </message>
    <message>
        <source>The master kills every task it runs and removes the framework.</source>
        <translation>Le maître tue toutes les tâches qu&apos;il exécute et retire le framework.</translation>
    </message>
    <message>
        <source>It cannot register again with this id: its scheduler has to register as a new framework.</source>
        <translation>Il ne pourra plus s&apos;enregistrer avec cet ID&#xa0;: son ordonnanceur devra s&apos;enregistrer comme nouveau framework.</translation>
    </message>
    <message>
        <source>Warning: this is Marathon. Every app it runs stops, and Marathon loses its framework id: it exits, and once restarted it registers as a new framework and launches all its apps again.</source>
        <translation>Attention&#xa0;: il s&apos;agit de Marathon. Toutes les applications qu&apos;il exécute s&apos;arrêtent, et Marathon perd son ID de framework&#xa0;: il se termine et, une fois redémarré, s&apos;enregistre comme nouveau framework et relance toutes ses applications.</translation>
    </message>
    <message>
        <source>Tear down framework</source>
        <translation>Démanteler le framework</translation>
    </message>
    <message>
        <source>Tear down</source>
        <translation>Démanteler</translation>
    </message>
    <message>
        <source>Tearing down %1…</source>
        <translation>Démantèlement de %1…</translation>
    </message>
    <message>
        <source>The master refused to tear down %1: %2</source>
        <translation>Le maître a refusé de démanteler %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was torn down: the master kills its tasks.</source>
        <translation>%1 a été démantelé&#xa0;: le maître tue ses tâches.</translation>
    </message>
    <message>
        <source>The master does not list this framework.</source>
        <translation>Le maître ne liste pas ce framework.</translation>
    </message>
</context>
<context>
    <name>FrameworksModel</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Web UI</source>
        <translation>Interface web</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Active tasks</source>
        <translation>Tâches actives</translation>
    </message>
    <message>
        <source>Ended tasks</source>
        <translation>Tâches terminées</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>Tâches échouées</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <source>New Group…</source>
        <translation>Nouveau groupe…</translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation>Modifier le groupe…</translation>
    </message>
    <message>
        <source>Restart Group&apos;s Apps…</source>
        <translation>Redémarrer les applications du groupe…</translation>
    </message>
    <message>
        <source>Destroy Group…</source>
        <translation>Détruire le groupe…</translation>
    </message>
    <message>
        <source>Select a group first.</source>
        <translation>Sélectionnez d&apos;abord un groupe.</translation>
    </message>
    <message>
        <source>%1 has no apps to restart.</source>
        <translation>%1 n&apos;a aucune application à redémarrer.</translation>
    </message>
    <message>
        <source>Cannot edit %1: %2</source>
        <translation>Impossible de modifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scale down group %1</source>
        <translation>Réduire le groupe %1</translation>
    </message>
    <message numerus="yes">
        <source>Every app under %1 is scaled by %2; %n app(s) lose instances, their tasks are killed.</source>
        <translation>
            <numerusform>Chaque application sous %1 est mise à l&apos;échelle par %2&#xa0;; %n application perd des instances, ses tâches sont tuées.</numerusform>
            <numerusform>Chaque application sous %1 est mise à l&apos;échelle par %2&#xa0;; %n applications perdent des instances, leurs tâches sont tuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale down</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Scale of group %1 by %2</source>
        <translation>Mise à l&apos;échelle du groupe %1 par %2</translation>
    </message>
    <message>
        <source>%1 has no running apps to restart.</source>
        <translation>%1 n&apos;a aucune application en cours à redémarrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) of %1 will be restarted, each replacing its tasks following its upgrade strategy (one deployment per app: Marathon has no restart of a whole group).</source>
        <translation>
            <numerusform>%n application de %1 sera redémarrée et remplacera ses tâches selon sa stratégie de mise à jour (un déploiement par application&#xa0;: Marathon ne redémarre pas un groupe entier).</numerusform>
            <numerusform>%n applications de %1 seront redémarrées, chacune remplaçant ses tâches selon sa stratégie de mise à jour (un déploiement par application&#xa0;: Marathon ne redémarre pas un groupe entier).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended app(s) are left alone.</source>
        <translation>
            <numerusform>%n application suspendue n&apos;est pas touchée.</numerusform>
            <numerusform>%n applications suspendues ne sont pas touchées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart the apps of %1</source>
        <translation>Redémarrer les applications de %1</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n app(s)</source>
        <translation>
            <numerusform>Redémarrer %n application</numerusform>
            <numerusform>Redémarrer %n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Locked by a deployment</source>
        <translation>Verrouillée par un déploiement</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) of %1 are locked by deployment %2. Stop those deployments (without rollback) and restart them anyway?</source>
        <translation>
            <numerusform>%n application de %1 est verrouillée par le déploiement %2. Arrêter ces déploiements (sans retour arrière) et la redémarrer quand même&#xa0;?</numerusform>
            <numerusform>%n applications de %1 sont verrouillées par le déploiement %2. Arrêter ces déploiements (sans retour arrière) et les redémarrer quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop deployment and continue</source>
        <translation>Arrêter le déploiement et continuer</translation>
    </message>
    <message>
        <source>%1: locked by a deployment, not restarted</source>
        <translation>%1&#xa0;: verrouillée par un déploiement, non redémarrée</translation>
    </message>
    <message>
        <source>Restart of %1: %2 of %3 app(s) restarted; failed:
%4</source>
        <translation>Redémarrage de %1&#xa0;: %2 sur %3 applications redémarrées&#xa0;; échecs&#xa0;:
%4</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>application %1</translation>
    </message>
    <message>
        <source>pod %1</source>
        <translation>pod %1</translation>
    </message>
    <message>
        <source>Group %1 holds no apps or pods.</source>
        <translation>Le groupe %1 ne contient ni application ni pod.</translation>
    </message>
    <message>
        <source>%1 and %2 will be destroyed with all their tasks:</source>
        <translation>%1 et %2 seront détruits avec toutes leurs tâches&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy group %1</source>
        <translation>Détruire le groupe %1</translation>
    </message>
    <message>
        <source>Group %1, its child groups and everything in them are removed. This cannot be undone.</source>
        <translation>Le groupe %1, ses sous-groupes et tout leur contenu sont supprimés. Impossible d&apos;annuler.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>Destroy of group %1</source>
        <translation>Destruction du groupe %1</translation>
    </message>
</context>
<context>
    <name>GroupDefinitionValidator</name>
    <message>
        <source>must lie directly in %1 (a relative id such as &quot;web&quot; does)</source>
        <translation>doit se trouver directement dans %1 (un id relatif comme «&#xa0;web&#xa0;» convient)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a path of lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>doit être un chemin de minuscules, chiffres, «&#xa0;-&#xa0;» et «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <source>is not part of a group update: pods are created and changed on their own (New Pod, Edit)</source>
        <translation>ne fait pas partie d&apos;une mise à jour de groupe&#xa0;: les pods se créent et se modifient à part (Nouveau pod, Modifier)</translation>
    </message>
    <message>
        <source>rolls the group back to that version and ignores the rest: remove it to apply this definition</source>
        <translation>ramène le groupe à cette version et ignore le reste&#xa0;: retirez-le pour appliquer cette définition</translation>
    </message>
    <message>
        <source>scales every app and ignores the rest: remove it (Scale does that)</source>
        <translation>met à l&apos;échelle chaque application et ignore le reste&#xa0;: retirez-le (Mettre à l&apos;échelle le fait)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>is not a field of a group</source>
        <translation>n&apos;est pas un champ de groupe</translation>
    </message>
    <message>
        <source>must be an array of ids</source>
        <translation>doit être un tableau d&apos;id</translation>
    </message>
    <message>
        <source>must be the path of an app or a group</source>
        <translation>doit être le chemin d&apos;une application ou d&apos;un groupe</translation>
    </message>
    <message>
        <source>names this group or something in it: a group cannot wait for itself</source>
        <translation>désigne ce groupe ou son contenu&#xa0;: un groupe ne peut pas s&apos;attendre lui-même</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is required: the group&apos;s absolute path, e.g. /prod/shop</source>
        <translation>est requis&#xa0;: le chemin absolu du groupe, p. ex. /prod/shop</translation>
    </message>
    <message>
        <source>must be absolute: start it with /, e.g. /prod/shop</source>
        <translation>doit être absolu&#xa0;: commencez par /, p. ex. /prod/shop</translation>
    </message>
</context>
<context>
    <name>GroupEditorDialog</name>
    <message>
        <source>New Group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Edit Group %1</source>
        <translation>Modifier le groupe %1</translation>
    </message>
    <message>
        <source>The group as Marathon takes it (POST /v2/groups): an absolute id, its apps and child groups (ids relative to the group), and the ids it depends on.</source>
        <translation>Le groupe tel que Marathon le prend (POST /v2/groups)&#xa0;: un id absolu, ses applications et sous-groupes (id relatifs au groupe) et les id dont il dépend.</translation>
    </message>
    <message>
        <source>The group as Marathon takes it (PUT /v2/groups): apps left out are destroyed, new ones are started, changed ones restarted. Pods are edited on their own.</source>
        <translation>Le groupe tel que Marathon le prend (PUT /v2/groups)&#xa0;: les applications omises sont détruites, les nouvelles démarrées, les modifiées redémarrées. Les pods se modifient à part.</translation>
    </message>
    <message>
        <source>Create Group</source>
        <translation>Créer le groupe</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>A group definition is a JSON object.</source>
        <translation>Une définition de groupe est un objet JSON.</translation>
    </message>
    <message>
        <source>There was a problem with this group definition: see the marked lines.</source>
        <translation>Cette définition de groupe pose problème&#xa0;: voir les lignes marquées.</translation>
    </message>
    <message>
        <source>Marathon refused: %1</source>
        <translation>Marathon a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>An app of the group is locked by deployment %1, so the change was refused. Nothing was changed.</source>
        <translation>Une application du groupe est verrouillée par le déploiement %1, la modification a donc été refusée. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Stop the deployment and apply</source>
        <translation>Arrêter le déploiement et appliquer</translation>
    </message>
    <message>
        <source>Deployment %1 holds apps of %2. Stop it (without rollback) and apply your change?</source>
        <translation>Le déploiement %1 bloque des applications de %2. L&apos;arrêter (sans retour arrière) et appliquer la modification&#xa0;?</translation>
    </message>
    <message>
        <source>Stop and apply</source>
        <translation>Arrêter et appliquer</translation>
    </message>
    <message>
        <source>Marathon refused this group definition: %1</source>
        <translation>Marathon a refusé cette définition de groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>La modification n&apos;a pas été appliquée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GroupScaleDialog</name>
    <message>
        <source>Scale group %1</source>
        <translation>Mettre à l&apos;échelle le groupe %1</translation>
    </message>
    <message>
        <source>Every app&apos;s instances are multiplied by this factor and rounded up.</source>
        <translation>Les instances de chaque application sont multipliées par ce facteur et arrondies à l&apos;entier supérieur.</translation>
    </message>
    <message>
        <source>Scale by:</source>
        <translation>Facteur&#xa0;:</translation>
    </message>
    <message>
        <source>Scale group</source>
        <translation>Mettre le groupe à l&apos;échelle</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more app(s)</source>
        <translation>
            <numerusform>… et %n autre application</numerusform>
            <numerusform>… et %n autres applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthResultsModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Pas encore de résultat</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>Vivante</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Consecutive failures</source>
        <translation>Échecs consécutifs</translation>
    </message>
    <message>
        <source>First success</source>
        <translation>Premier succès</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <source>Last failure cause</source>
        <translation>Cause du dernier échec</translation>
    </message>
</context>
<context>
    <name>HttpCredential</name>
    <message>
        <source>the token</source>
        <translation>le jeton</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>too many redirects from %1</source>
        <translation>trop de redirections depuis %1</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>pas de réponse de %1 à temps</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>échec de la négociation TLS avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JsonEditorDialog</name>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>KeyboardMapDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>the keychain did not answer in time (is it locked or waiting for a password?)</source>
        <translation>le trousseau n&apos;a pas répondu à temps (est-il verrouillé ou en attente d&apos;un mot de passe&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>LeaderHistoryModel</name>
    <message>
        <source>no leader</source>
        <translation>aucun leader</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>LeaderHistoryView</name>
    <message>
        <source>Leader changes</source>
        <translation>Changements de leader</translation>
    </message>
    <message>
        <source>No leader change since %1. A failover of the Mesos masters or of Marathon is listed here with its time and the new leader.</source>
        <translation>Aucun changement de leader depuis %1. Un basculement des maîtres Mesos ou de Marathon est listé ici avec son heure et le nouveau leader.</translation>
    </message>
    <message>
        <source>Not connected. Once MesosDesk watches a cluster, each change of its Mesos or Marathon leader is listed here.</source>
        <translation>Non connecté. Dès que MesosDesk surveille un cluster, chaque changement de son leader Mesos ou Marathon est listé ici.</translation>
    </message>
</context>
<context>
    <name>LeaderStatusBar</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>ZooKeeper: %1</source>
        <translation>ZooKeeper&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leader: unknown</source>
        <translation>Leader&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>Leader: none</source>
        <translation>Leader&#xa0;: aucun</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>Leader: %1 (Mesos %2)</source>
        <translation>Leader&#xa0;: %1 (Mesos %2)</translation>
    </message>
    <message>
        <source>Via %1</source>
        <translation>Via %1</translation>
    </message>
    <message>
        <source>Via standby %1</source>
        <translation>Via le secours %1</translation>
    </message>
    <message>
        <source>Via %1 (the leader)</source>
        <translation>Via %1 (le leader)</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Maîtres&#xa0;: %1</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>secours</translation>
    </message>
    <message>
        <source>ZooKeeper #%1</source>
        <translation>ZooKeeper n° %1</translation>
    </message>
    <message>
        <source>Mesos %1</source>
        <translation>Mesos %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Without ZooKeeper only the master named and its leader are known.</source>
        <translation>Sans ZooKeeper, seuls le maître indiqué et son leader sont connus.</translation>
    </message>
    <message>
        <source>No master is registered in ZooKeeper.</source>
        <translation>Aucun maître n&apos;est enregistré dans ZooKeeper.</translation>
    </message>
    <message>
        <source>Marathon: none</source>
        <translation>Marathon&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Marathon: %1</source>
        <translation>Marathon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Elected: unknown</source>
        <translation>Élu&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>The leading master has not said when it was elected.</source>
        <translation>Le maître leader n&apos;a pas indiqué quand il a été élu.</translation>
    </message>
    <message>
        <source>Elected %1 ago</source>
        <translation>Élu il y a %1</translation>
    </message>
    <message>
        <source>Elected %1</source>
        <translation>Élu le %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>LogViewerWidget</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop reading the file; resuming jumps back to its end</source>
        <translation>Arrêter la lecture du fichier&#xa0;; la reprise revient à sa fin</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the last line in view</source>
        <translation>Garder la dernière ligne visible</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Retour ligne</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Show ANSI colours (off: plain text)</source>
        <translation>Afficher les couleurs ANSI (désactivé&#xa0;: texte brut)</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texte plus petit (Ctrl+-)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Texte plus grand (Ctrl++)</translation>
    </message>
    <message>
        <source>Load earlier</source>
        <translation>Charger plus haut</translation>
    </message>
    <message>
        <source>Read the part of the file before the first line shown</source>
        <translation>Lire la partie du fichier qui précède la première ligne affichée</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Copier les lignes sélectionnées (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save shown…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Save the lines this view holds to a file</source>
        <translation>Enregistrer dans un fichier les lignes que contient cette vue</translation>
    </message>
    <message>
        <source>Download file…</source>
        <translation>Télécharger le fichier…</translation>
    </message>
    <message>
        <source>Save the whole file from the agent, streamed to disk</source>
        <translation>Enregistrer tout le fichier depuis l&apos;agent, écrit sur le disque au fil de l&apos;eau</translation>
    </message>
    <message>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher (Entrée&#xa0;: suivant, Maj+Entrée&#xa0;: précédent)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Casse</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Highlight all</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <source>Only matches</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Show only the lines that match the search</source>
        <translation>Afficher seulement les lignes qui correspondent à la recherche</translation>
    </message>
    <message>
        <source>── the file was truncated or rotated (size %1, was read up to %2); following the new file ──</source>
        <translation>── le fichier a été tronqué ou a subi une rotation (taille %1, lu jusqu&apos;à %2)&#xa0;; suivi du nouveau fichier ──</translation>
    </message>
    <message>
        <source>── %1 skipped while paused ──</source>
        <translation>── %1 sautés pendant la pause ──</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>The task was lost (%1), seen at %2</source>
        <translation>La tâche a été perdue (%1), constaté à %2</translation>
    </message>
    <message>
        <source>The task ended (%1), seen at %2</source>
        <translation>La tâche s&apos;est terminée (%1), constaté à %2</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>Aucun fichier ouvert.</translation>
    </message>
    <message>
        <source>The whole file is shown; it is no longer polled.</source>
        <translation>Le fichier entier est affiché&#xa0;; il n&apos;est plus interrogé.</translation>
    </message>
    <message>
        <source>Reading the rest of the file…</source>
        <translation>Lecture du reste du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>All %n task(s) ended; the files are no longer polled.</source>
        <translation>
            <numerusform>%n tâche terminée&#xa0;; les fichiers ne sont plus interrogés.</numerusform>
            <numerusform>Les %n tâches sont terminées&#xa0;; les fichiers ne sont plus interrogés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n task(s) ended: %1; the files are no longer polled.</source>
        <translation>
            <numerusform>%n tâche terminée&#xa0;: %1&#xa0;; les fichiers ne sont plus interrogés.</numerusform>
            <numerusform>Les %n tâches sont terminées&#xa0;: %1&#xa0;; les fichiers ne sont plus interrogés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>%1 of %2 tasks ended (see the marked lines).</source>
        <translation>%1 tâches sur %2 terminées (voir les lignes marquées).</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Following.</source>
        <translation>Suivi en cours.</translation>
    </message>
    <message>
        <source>Not following: new lines are read, the view stays where it is (Follow jumps to the end).</source>
        <translation>Suivi désactivé&#xa0;: les nouvelles lignes sont lues, la vue reste où elle est (Suivre saute à la fin).</translation>
    </message>
    <message>
        <source>The agent is not answering: the text may be out of date; retrying.</source>
        <translation>L&apos;agent ne répond pas&#xa0;: le texte est peut-être périmé&#xa0;; nouvelle tentative.</translation>
    </message>
    <message>
        <source>%1 of %2 agents are not answering; retrying.</source>
        <translation>%1 agents sur %2 ne répondent pas&#xa0;; nouvelle tentative.</translation>
    </message>
    <message>
        <source>Showing bytes %1–%2 of %3.</source>
        <translation>Affichage des octets %1–%2 sur %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) held</source>
        <translation>
            <numerusform>%n ligne en mémoire</numerusform>
            <numerusform>%n lignes en mémoire</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Expression non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>Décompte des correspondances…</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>%n ligne correspondante</numerusform>
            <numerusform>%n lignes correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Save the lines shown</source>
        <translation>Enregistrer les lignes affichées</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the whole file to %1 (%2).</source>
        <translation>Fichier entier enregistré dans %1 (%2).</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Le téléchargement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Download the whole file</source>
        <translation>Télécharger le fichier entier</translation>
    </message>
    <message>
        <source>Find previous (in the search field)</source>
        <translation>Résultat précédent (dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Résultat précédent</translation>
    </message>
</context>
<context>
    <name>LoggingPanel</name>
    <message>
        <source>Raise to &amp;level:</source>
        <translation>Augmenter au &amp;niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;for:</source>
        <translation>&amp;pendant&#xa0;:</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Raise log level…</source>
        <translation>Augmenter le niveau de journal…</translation>
    </message>
    <message>
        <source>Log level of the leading master: not known yet</source>
        <translation>Niveau de journal du maître leader&#xa0;: pas encore connu</translation>
    </message>
    <message>
        <source>Read-only mode is on (File menu): changing the log level is turned off.</source>
        <translation>Le mode lecture seule est activé (menu Fichier)&#xa0;: la modification du niveau de journal est désactivée.</translation>
    </message>
    <message>
        <source>Read-only mode is on: turn it off in the File menu to change the cluster.</source>
        <translation>Le mode lecture seule est activé&#xa0;: désactivez-le dans le menu Fichier pour modifier le cluster.</translation>
    </message>
    <message>
        <source>Log more (glog&apos;s verbose level) for a while; Mesos goes back to the level it started with when the time is up.</source>
        <translation>Journaliser davantage (niveau détaillé de glog) pendant un temps&#xa0;; ensuite Mesos revient de lui-même à son niveau de départ.</translation>
    </message>
    <message>
        <source>Log level of the leading master: could not be read (%1)</source>
        <translation>Niveau de journal du maître leader&#xa0;: lecture impossible (%1)</translation>
    </message>
    <message>
        <source>Log level of the leading master: %1</source>
        <translation>Niveau de journal du maître leader&#xa0;: %1</translation>
    </message>
    <message>
        <source>The level it logs at now is not known.</source>
        <translation>Son niveau de journal actuel n’est pas connu.</translation>
    </message>
    <message>
        <source>It logs at level %1 now.</source>
        <translation>Il journalise actuellement au niveau %1.</translation>
    </message>
    <message>
        <source>Raise log level</source>
        <translation>Augmenter le niveau de journal</translation>
    </message>
    <message>
        <source>Raise the verbose log level of the leading master %1 to %2 for %3?

%4 At a higher level it writes more to its log, which takes disk space and some speed. When the time is up, Mesos puts back the level the master started with by itself. A level below that one is refused.</source>
        <translation>Augmenter le niveau de journal détaillé du maître leader %1 à %2 pendant %3&#xa0;?

%4 À un niveau plus élevé, il écrit davantage dans son journal, ce qui prend de l’espace disque et un peu de vitesse. Une fois le temps écoulé, Mesos remet de lui-même le niveau avec lequel le maître a démarré. Un niveau inférieur à celui-ci est refusé.</translation>
    </message>
    <message>
        <source>The leading master %1 logs at level %2 for %3.</source>
        <translation>Le maître leader %1 journalise au niveau %2 pendant %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MesosDesk</source>
        <translation>MesosDesk</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Fleet home</source>
        <translation>Accueil du &amp;parc</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>P&amp;rofils…</translation>
    </message>
    <message>
        <source>&amp;Read-only Marathon actions</source>
        <translation>Actions Marathon en &amp;lecture seule</translation>
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
        <source>&amp;About MesosDesk</source>
        <translation>À &amp;propos de MesosDesk</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n instance(s))</source>
        <translation>
            <numerusform>%1 (%n instance)</numerusform>
            <numerusform>%1 (%n instances)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>The profile&apos;s passwords could not be read from the keychain: %1</source>
        <translation>Les mots de passe du profil n&apos;ont pas pu être lus dans le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceCalls</name>
    <message>
        <source>A hostname is needed: Mesos matches a machine on its hostname and IP together.</source>
        <translation>Un nom d&apos;hôte est requis&#xa0;: Mesos identifie une machine par son nom d&apos;hôte et son IP ensemble.</translation>
    </message>
    <message>
        <source>The hostname has spaces at its ends.</source>
        <translation>Le nom d&apos;hôte commence ou finit par des espaces.</translation>
    </message>
    <message>
        <source>An IP address is needed: Mesos matches a machine on its hostname and IP together.</source>
        <translation>Une adresse IP est requise&#xa0;: Mesos identifie une machine par son nom d&apos;hôte et son IP ensemble.</translation>
    </message>
    <message>
        <source>Not an IPv4 address (such as 10.0.0.1).</source>
        <translation>Pas une adresse IPv4 (comme 10.0.0.1).</translation>
    </message>
    <message>
        <source>A window needs at least one machine.</source>
        <translation>Une fenêtre doit contenir au moins une machine.</translation>
    </message>
    <message>
        <source>The duration is negative.</source>
        <translation>La durée est négative.</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>Fenêtre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Machine %1 (%2) is in more than one window: a machine can be in only one.</source>
        <translation>La machine %1 (%2) est dans plusieurs fenêtres&#xa0;: une machine ne peut être que dans une seule.</translation>
    </message>
</context>
<context>
    <name>MaintenanceFormat</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Filter agents (host, id, state)</source>
        <translation>Filtrer les agents (hôte, ID, état)</translation>
    </message>
    <message>
        <source>Max grace period:</source>
        <translation>Délai de grâce max.&#xa0;:</translation>
    </message>
    <message>
        <source>each task&apos;s kill policy</source>
        <translation>politique d&apos;arrêt de chaque tâche</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest a task is given to stop before it is killed (max_grace_period).</source>
        <translation>Le temps maximal laissé à une tâche pour s&apos;arrêter avant d&apos;être tuée (max_grace_period).</translation>
    </message>
    <message>
        <source>Mark gone when drained</source>
        <translation>Marquer disparu une fois drainé</translation>
    </message>
    <message>
        <source>Irreversible: the agent can never register again; its tasks end GONE_BY_OPERATOR.</source>
        <translation>Irréversible&#xa0;: l&apos;agent ne pourra plus jamais s&apos;enregistrer&#xa0;; ses tâches finissent en GONE_BY_OPERATOR.</translation>
    </message>
    <message>
        <source>Drain…</source>
        <translation>Drainer…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <source>Reading the agents from the leading master…</source>
        <translation>Lecture des agents depuis le maître leader…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s), read at %1.</source>
        <translation>
            <numerusform>%n agent, lu à %1.</numerusform>
            <numerusform>%n agents, lus à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only mode is on: turn it off in the File menu to change the cluster.</source>
        <translation>Le mode lecture seule est activé&#xa0;: désactivez-le dans le menu Fichier pour modifier le cluster.</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Non connecté à un cluster.</translation>
    </message>
    <message>
        <source>The leading master&apos;s version is not known yet; these calls need Mesos 1.9 or later.</source>
        <translation>La version du maître leader n&apos;est pas encore connue&#xa0;; ces appels demandent Mesos 1.9 ou ultérieur.</translation>
    </message>
    <message>
        <source>The leading master runs Mesos %1; draining, deactivating and reactivating agents need 1.9 or later.</source>
        <translation>Le maître leader exécute Mesos %1&#xa0;; drainer, désactiver et réactiver des agents demande la version 1.9 ou ultérieure.</translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation>Sélectionnez d&apos;abord un agent.</translation>
    </message>
    <message>
        <source>The agent is %1 already.</source>
        <translation>L&apos;agent est déjà %1.</translation>
    </message>
    <message>
        <source>Kill the agent&apos;s tasks and stop its offers (DRAIN_AGENT).</source>
        <translation>Tuer les tâches de l&apos;agent et arrêter ses offres (DRAIN_AGENT).</translation>
    </message>
    <message>
        <source>Stop the agent&apos;s offers; its tasks keep running (DEACTIVATE_AGENT).</source>
        <translation>Arrêter les offres de l&apos;agent&#xa0;; ses tâches continuent de tourner (DEACTIVATE_AGENT).</translation>
    </message>
    <message>
        <source>The agent is active.</source>
        <translation>L&apos;agent est actif.</translation>
    </message>
    <message>
        <source>Mesos refuses to reactivate an agent while it is draining; wait until it is drained.</source>
        <translation>Mesos refuse de réactiver un agent en cours de drainage&#xa0;; attendez qu&apos;il soit drainé.</translation>
    </message>
    <message>
        <source>Let the agent receive offers again (REACTIVATE_AGENT).</source>
        <translation>Permettre à l&apos;agent de recevoir à nouveau des offres (REACTIVATE_AGENT).</translation>
    </message>
    <message>
        <source>Read-only mode is on (File menu): agent actions are turned off.</source>
        <translation>Le mode lecture seule est activé (menu Fichier)&#xa0;: les actions sur les agents sont désactivées.</translation>
    </message>
    <message>
        <source>Drain agent %1 (%2).</source>
        <translation>Drainer l&apos;agent %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>It gets no more offers, and its %n running task(s) are killed</source>
        <translation>
            <numerusform>Il ne reçoit plus d&apos;offres, et %n tâche en cours est tuée</numerusform>
            <numerusform>Il ne reçoit plus d&apos;offres, et ses %n tâches en cours sont tuées</numerusform>
        </translation>
    </message>
    <message>
        <source>It gets no more offers, and its running tasks are killed</source>
        <translation>Il ne reçoit plus d&apos;offres, et ses tâches en cours sont tuées</translation>
    </message>
    <message>
        <source>, each by its own kill policy.</source>
        <translation>, chacune selon sa propre politique d&apos;arrêt.</translation>
    </message>
    <message numerus="yes">
        <source>, each given at most %n second(s) to stop.</source>
        <translation>
            <numerusform>, chacune disposant d&apos;au plus %n seconde pour s&apos;arrêter.</numerusform>
            <numerusform>, chacune disposant d&apos;au plus %n secondes pour s&apos;arrêter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedulers such as Marathon relaunch them elsewhere. A drain cannot be cancelled.</source>
        <translation>Les ordonnanceurs comme Marathon les relancent ailleurs. Un drainage ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>When drained the agent is marked gone: it can never register again, and its tasks end TASK_GONE_BY_OPERATOR. This cannot be undone.</source>
        <translation>Une fois drainé, l&apos;agent est marqué disparu&#xa0;: il ne pourra plus jamais s&apos;enregistrer, et ses tâches finissent en TASK_GONE_BY_OPERATOR. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>When no task is left it shows Drained; Reactivate then lets it take work again.</source>
        <translation>Quand il ne reste plus aucune tâche, il affiche Drainé&#xa0;; Réactiver lui permet alors de reprendre du travail.</translation>
    </message>
    <message>
        <source>Drain agent</source>
        <translation>Drainer l&apos;agent</translation>
    </message>
    <message>
        <source>Drain and mark gone</source>
        <translation>Drainer et marquer disparu</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drainer</translation>
    </message>
    <message>
        <source>Drain of agent %1 started.</source>
        <translation>Drainage de l&apos;agent %1 lancé.</translation>
    </message>
    <message>
        <source>Deactivate agent %1 (%2).</source>
        <translation>Désactiver l&apos;agent %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>It gets no more offers; its %n running task(s) keep running.</source>
        <translation>
            <numerusform>Il ne reçoit plus d&apos;offres&#xa0;; %n tâche en cours continue de tourner.</numerusform>
            <numerusform>Il ne reçoit plus d&apos;offres&#xa0;; ses %n tâches en cours continuent de tourner.</numerusform>
        </translation>
    </message>
    <message>
        <source>It gets no more offers; its running tasks keep running.</source>
        <translation>Il ne reçoit plus d&apos;offres&#xa0;; ses tâches en cours continuent de tourner.</translation>
    </message>
    <message>
        <source>The master keeps this across failovers until the agent is reactivated.</source>
        <translation>Le maître conserve cet état lors des basculements, jusqu&apos;à la réactivation de l&apos;agent.</translation>
    </message>
    <message>
        <source>Deactivate agent</source>
        <translation>Désactiver l&apos;agent</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Agent %1 was deactivated.</source>
        <translation>L&apos;agent %1 a été désactivé.</translation>
    </message>
    <message>
        <source>Reactivate agent %1 (%2).</source>
        <translation>Réactiver l&apos;agent %1 (%2).</translation>
    </message>
    <message>
        <source>It gets offers again, and its drain state is cleared.</source>
        <translation>Il reçoit à nouveau des offres, et son état de drainage est effacé.</translation>
    </message>
    <message>
        <source>Reactivate agent</source>
        <translation>Réactiver l&apos;agent</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Agent %1 was reactivated.</source>
        <translation>L&apos;agent %1 a été réactivé.</translation>
    </message>
    <message>
        <source>Drain</source>
        <comment>tab title</comment>
        <translation>Drainage</translation>
    </message>
</context>
<context>
    <name>MaintenanceParser</name>
    <message>
        <source>Malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a maintenance answer: not a JSON object</source>
        <translation>Pas une réponse de maintenance&#xa0;: pas un objet JSON</translation>
    </message>
    <message>
        <source>Not a schedule: &quot;windows&quot; is not a list</source>
        <translation>Pas un planning&#xa0;: «&#xa0;windows&#xa0;» n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>Not a schedule: a window has no start time</source>
        <translation>Pas un planning&#xa0;: une fenêtre n&apos;a pas d&apos;heure de début</translation>
    </message>
</context>
<context>
    <name>MaintenanceScheduleModel</name>
    <message>
        <source>UP</source>
        <translation>UP</translation>
    </message>
    <message>
        <source>DRAINING</source>
        <translation>DRAINING</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no end given</source>
        <translation>pas de fin indiquée</translation>
    </message>
    <message>
        <source>Window %1 of the schedule</source>
        <translation>Fenêtre %1 du planning</translation>
    </message>
    <message>
        <source>The maintenance status has not been read.</source>
        <translation>L&apos;état de maintenance n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>The frameworks&apos; answers to the inverse offers for this machine (ACCEPT: it may go down; DECLINE: it should not yet). The master forgets them when it fails over.</source>
        <translation>Les réponses des frameworks aux offres inverses pour cette machine (ACCEPT&#xa0;: elle peut être arrêtée&#xa0;; DECLINE&#xa0;: pas encore). Le maître les oublie lors d&apos;un basculement.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Début de fenêtre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Inverse offers</source>
        <translation>Offres inverses</translation>
    </message>
</context>
<context>
    <name>MaintenanceSchedulePage</name>
    <message>
        <source>Add window…</source>
        <translation>Ajouter une fenêtre…</translation>
    </message>
    <message>
        <source>Edit window…</source>
        <translation>Modifier la fenêtre…</translation>
    </message>
    <message>
        <source>Remove window…</source>
        <translation>Retirer la fenêtre…</translation>
    </message>
    <message>
        <source>Machine down…</source>
        <translation>Arrêter la machine…</translation>
    </message>
    <message>
        <source>Machine up…</source>
        <translation>Remettre la machine…</translation>
    </message>
    <message>
        <source>Reading the maintenance schedule from the leading master…</source>
        <translation>Lecture du planning de maintenance depuis le maître leader…</translation>
    </message>
    <message>
        <source>No maintenance is scheduled (read at %1).</source>
        <translation>Aucune maintenance planifiée (lu à %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n fenêtre</numerusform>
            <numerusform>%n fenêtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n machine(s), read at %1.</source>
        <translation>
            <numerusform>avec %n machine, lu à %1.</numerusform>
            <numerusform>avec %n machines, lu à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only mode is on: turn it off in the File menu to change the cluster.</source>
        <translation>Le mode lecture seule est actif&#xa0;: désactivez-le dans le menu Fichier pour modifier le cluster.</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Non connecté à un cluster.</translation>
    </message>
    <message>
        <source>The leading master&apos;s version is not known yet.</source>
        <translation>La version du maître leader n&apos;est pas encore connue.</translation>
    </message>
    <message>
        <source>The schedule has not been read yet.</source>
        <translation>Le planning n&apos;a pas encore été lu.</translation>
    </message>
    <message>
        <source>Select a machine of the schedule first.</source>
        <translation>Sélectionnez d&apos;abord une machine du planning.</translation>
    </message>
    <message>
        <source>Schedule maintenance for one or more machines (UPDATE_MAINTENANCE_SCHEDULE).</source>
        <translation>Planifier la maintenance d&apos;une ou plusieurs machines (UPDATE_MAINTENANCE_SCHEDULE).</translation>
    </message>
    <message>
        <source>Change the selected machine&apos;s window.</source>
        <translation>Modifier la fenêtre de la machine sélectionnée.</translation>
    </message>
    <message>
        <source>A window with a DOWN machine cannot be removed: bring the machine up first.</source>
        <translation>Une fenêtre contenant une machine DOWN ne peut pas être retirée&#xa0;: remettez d&apos;abord la machine en service.</translation>
    </message>
    <message>
        <source>Cancel the selected machine&apos;s window; its machines go back to UP.</source>
        <translation>Annuler la fenêtre de la machine sélectionnée&#xa0;; ses machines repassent à UP.</translation>
    </message>
    <message>
        <source>The machine&apos;s mode is not known yet.</source>
        <translation>Le mode de la machine n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <source>Only a DRAINING machine can be brought down; this one is %1.</source>
        <translation>Seule une machine DRAINING peut être arrêtée&#xa0;; celle-ci est %1.</translation>
    </message>
    <message>
        <source>Shut the machine&apos;s agents down and remove them (START_MAINTENANCE).</source>
        <translation>Arrêter les agents de la machine et les retirer (START_MAINTENANCE).</translation>
    </message>
    <message>
        <source>Only a DOWN machine can be brought up.</source>
        <translation>Seule une machine DOWN peut être remise en service.</translation>
    </message>
    <message>
        <source>End the machine&apos;s maintenance; its agents may register again (STOP_MAINTENANCE).</source>
        <translation>Terminer la maintenance de la machine&#xa0;; ses agents peuvent se réenregistrer (STOP_MAINTENANCE).</translation>
    </message>
    <message>
        <source>Read-only mode is on (File menu): schedule changes and machine actions are turned off.</source>
        <translation>Le mode lecture seule est actif (menu Fichier)&#xa0;: modifications du planning et actions sur les machines désactivées.</translation>
    </message>
    <message>
        <source>Add a maintenance window</source>
        <translation>Ajouter une fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Edit maintenance window %1</source>
        <translation>Modifier la fenêtre de maintenance %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The master refused: %1</source>
        <translation>Le maître a refusé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replace the cluster&apos;s maintenance schedule with %n window(s).</source>
        <translation>
            <numerusform>Remplacer le planning de maintenance du cluster par %n fenêtre.</numerusform>
            <numerusform>Remplacer le planning de maintenance du cluster par %n fenêtres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newly scheduled, and DRAINING from now on: %1. Frameworks get inverse offers for their agents; tasks keep running.</source>
        <translation>Nouvellement planifiées, et DRAINING dès maintenant&#xa0;: %1. Les frameworks reçoivent des offres inverses pour leurs agents&#xa0;; les tâches continuent de tourner.</translation>
    </message>
    <message>
        <source>Taken out of the schedule, back to UP: %1.</source>
        <translation>Retirées du planning, de retour à UP&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Save maintenance window</source>
        <translation>Enregistrer la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Enregistrer le planning</translation>
    </message>
    <message>
        <source>The maintenance schedule was saved.</source>
        <translation>Le planning de maintenance a été enregistré.</translation>
    </message>
    <message>
        <source>Cancel maintenance window %1.</source>
        <translation>Annuler la fenêtre de maintenance %1.</translation>
    </message>
    <message>
        <source>Its machines leave the schedule and go back to UP: %1.</source>
        <translation>Ses machines quittent le planning et repassent à UP&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Frameworks stop getting inverse offers for them.</source>
        <translation>Les frameworks ne reçoivent plus d&apos;offres inverses pour elles.</translation>
    </message>
    <message>
        <source>Remove maintenance window</source>
        <translation>Retirer la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>Retirer la fenêtre</translation>
    </message>
    <message>
        <source>The maintenance window was removed.</source>
        <translation>La fenêtre de maintenance a été retirée.</translation>
    </message>
    <message>
        <source>Bring machine %1 down.</source>
        <translation>Arrêter la machine %1.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n registered agent(s) are shut down and removed from the cluster: their tasks end TASK_LOST, and schedulers such as Marathon relaunch them elsewhere.</source>
        <translation>
            <numerusform>Son agent enregistré (%n) est arrêté et retiré du cluster&#xa0;: ses tâches finissent en TASK_LOST, et les ordonnanceurs comme Marathon les relancent ailleurs.</numerusform>
            <numerusform>Ses %n agents enregistrés sont arrêtés et retirés du cluster&#xa0;: leurs tâches finissent en TASK_LOST, et les ordonnanceurs comme Marathon les relancent ailleurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>No registered agent is on it now.</source>
        <translation>Aucun agent enregistré n&apos;y est actuellement.</translation>
    </message>
    <message>
        <source>No agent on it can register until the machine is brought up again.</source>
        <translation>Aucun agent ne pourra s&apos;y enregistrer avant la remise en service de la machine.</translation>
    </message>
    <message>
        <source>Bring machine %1 up.</source>
        <translation>Remettre la machine %1 en service.</translation>
    </message>
    <message>
        <source>Its maintenance ends: it leaves the schedule, and its agents may register again (as new agents).</source>
        <translation>Sa maintenance se termine&#xa0;: elle quitte le planning, et ses agents peuvent se réenregistrer (comme nouveaux agents).</translation>
    </message>
    <message>
        <source>Machine down</source>
        <translation>Arrêt de la machine</translation>
    </message>
    <message>
        <source>Machine up</source>
        <translation>Remise en service</translation>
    </message>
    <message>
        <source>Bring down</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Bring up</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <source>Machine %1 is down.</source>
        <translation>La machine %1 est arrêtée.</translation>
    </message>
    <message>
        <source>Machine %1 is up.</source>
        <translation>La machine %1 est en service.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindowEditor</name>
    <message>
        <source>Maintenance window</source>
        <translation>Fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Machines (Mesos matches each on its hostname and IP together)</source>
        <translation>Machines (Mesos identifie chacune par son nom d&apos;hôte et son IP ensemble)</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Add machine</source>
        <translation>Ajouter une machine</translation>
    </message>
    <message>
        <source>Add the machine of a registered agent</source>
        <translation>Ajouter la machine d&apos;un agent enregistré</translation>
    </message>
    <message>
        <source>Start (local time):</source>
        <translation>Début (heure locale)&#xa0;:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No end (open-ended)</source>
        <translation>Sans fin (illimitée)</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Saving replaces the cluster&apos;s schedule. Machines new to it become DRAINING: frameworks get inverse offers for their agents, and their offers carry the unavailability. Tasks keep running until a machine is brought down.</source>
        <translation>L&apos;enregistrement remplace le planning du cluster. Les machines nouvelles passent à DRAINING&#xa0;: les frameworks reçoivent des offres inverses pour leurs agents, et leurs offres portent l&apos;indisponibilité. Les tâches continuent jusqu&apos;à l&apos;arrêt d&apos;une machine.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>No registered agent is known</source>
        <translation>Aucun agent enregistré connu</translation>
    </message>
    <message>
        <source>Add an agent&apos;s machine…</source>
        <translation>Ajouter la machine d&apos;un agent…</translation>
    </message>
    <message>
        <source>agent1.example.com</source>
        <translation>agent1.example.com</translation>
    </message>
    <message>
        <source>10.0.0.1</source>
        <translation>10.0.0.1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>This machine is listed twice.</source>
        <translation>Cette machine figure deux fois.</translation>
    </message>
    <message>
        <source>Already in another window of the schedule; a machine can be in only one.</source>
        <translation>Déjà dans une autre fenêtre du planning&#xa0;; une machine ne peut être que dans une seule.</translation>
    </message>
    <message>
        <source>A window needs at least one machine.</source>
        <translation>Une fenêtre doit contenir au moins une machine.</translation>
    </message>
    <message>
        <source>In the past: the machines are due for maintenance at once.</source>
        <translation>Dans le passé&#xa0;: les machines entrent en maintenance immédiatement.</translation>
    </message>
    <message>
        <source>Correct what is marked first.</source>
        <translation>Corrigez d&apos;abord ce qui est signalé.</translation>
    </message>
    <message>
        <source>The master refused the schedule: %1</source>
        <translation>Le maître a refusé le planning&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MarathonClient</name>
    <message>
        <source>Marathon at %1 is not reachable (%2).</source>
        <translation>Marathon sur %1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>Marathon at %1 did not answer in time.</source>
        <translation>Marathon sur %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Marathon has no leader right now or is overloaded; try again shortly.</source>
        <translation>Marathon n&apos;a pas de leader en ce moment ou est surchargé&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Marathon answered without an explanation.</source>
        <translation>Marathon a répondu sans explication.</translation>
    </message>
    <message>
        <source>Marathon has not been found yet.</source>
        <translation>Marathon n&apos;a pas encore été trouvé.</translation>
    </message>
    <message>
        <source>Marathon sent an answer MesosDesk cannot read: %1</source>
        <translation>Marathon a envoyé une réponse que MesosDesk ne sait pas lire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MarathonConfigModel</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>MarathonDirectory</name>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>MarathonEventFeed</name>
    <message>
        <source>deployment %1</source>
        <translation>déploiement %1</translation>
    </message>
    <message>
        <source>Deployment of %1 started.</source>
        <translation>Déploiement de %1 lancé.</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>Déploiement %1</translation>
    </message>
    <message>
        <source>Deployment of %1 finished.</source>
        <translation>Déploiement de %1 terminé.</translation>
    </message>
    <message>
        <source>Deployment of %1 failed.</source>
        <translation>Le déploiement de %1 a échoué.</translation>
    </message>
    <message>
        <source>Deployment of %1 failed: %2</source>
        <translation>Le déploiement de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deployment of %1 is over (Marathon no longer lists it).</source>
        <translation>Le déploiement de %1 est terminé (Marathon ne le liste plus).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>A task of %1 failed: %2</source>
        <translation>Une tâche de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks of %1 failed: %2</source>
        <translation>
            <numerusform>%n tâche de %1 a échoué&#xa0;: %2</numerusform>
            <numerusform>%n tâches de %1 ont échoué&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Marathon live updates resumed.</source>
        <translation>Mises à jour en direct de Marathon rétablies.</translation>
    </message>
    <message>
        <source>Marathon live updates interrupted; polling until the event stream is back.</source>
        <translation>Mises à jour en direct de Marathon interrompues&#xa0;; interrogation périodique jusqu&apos;au retour du flux d&apos;événements.</translation>
    </message>
    <message>
        <source>Marathon live updates interrupted (%1); polling until the event stream is back.</source>
        <translation>Mises à jour en direct de Marathon interrompues (%1)&#xa0;; interrogation périodique jusqu&apos;au retour du flux d&apos;événements.</translation>
    </message>
    <message>
        <source>Marathon answers again.</source>
        <translation>Marathon répond de nouveau.</translation>
    </message>
    <message>
        <source>Marathon: %1</source>
        <translation>Marathon&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MarathonGroupParser</name>
    <message>
        <source>%1: expected an array</source>
        <translation>%1&#xa0;: tableau attendu</translation>
    </message>
    <message>
        <source>%1/%2/%3/id: expected a string</source>
        <translation>%1/%2/%3/id&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>%1/dependencies/%2: expected a string</source>
        <translation>%1/dependencies/%2&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>%1: groups nested deeper than %2</source>
        <translation>%1&#xa0;: groupes imbriqués au-delà de %2</translation>
    </message>
    <message>
        <source>%1/id: expected a string</source>
        <translation>%1/id&#xa0;: chaîne attendue</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>not JSON at character %1: %2</source>
        <translation>pas du JSON au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a group is a JSON object</source>
        <translation>un groupe est un objet JSON</translation>
    </message>
</context>
<context>
    <name>MarathonLeaderPage</name>
    <message>
        <source>Abdicate…</source>
        <translation>Abdiquer…</translation>
    </message>
    <message>
        <source>Filter the configuration (flag or value)</source>
        <translation>Filtrer la configuration (option ou valeur)</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/info did not answer: %1</source>
        <translation>/v2/info de Marathon n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marathon %1</source>
        <translation>Marathon %1</translation>
    </message>
    <message>
        <source>(version not reported)</source>
        <translation>(version non signalée)</translation>
    </message>
    <message>
        <source>framework &quot;%1&quot;</source>
        <translation>framework «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>framework id %1</source>
        <translation>ID de framework %1</translation>
    </message>
    <message>
        <source>Mesos: %1</source>
        <translation>Mesos&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Non connecté à un cluster.</translation>
    </message>
    <message>
        <source>Marathon&apos;s election is not watched: this connection has no ZooKeeper.</source>
        <translation>L&apos;élection de Marathon n&apos;est pas surveillée&#xa0;: cette connexion n&apos;a pas de ZooKeeper.</translation>
    </message>
    <message numerus="yes">
        <source>No Marathon leads in ZooKeeper now (%n instance(s) in the election).</source>
        <translation>
            <numerusform>Aucun Marathon n&apos;est leader dans ZooKeeper en ce moment (%n instance dans l&apos;élection).</numerusform>
            <numerusform>Aucun Marathon n&apos;est leader dans ZooKeeper en ce moment (%n instances dans l&apos;élection).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leader in ZooKeeper: %1, elected %2 ago; %n instance(s) in the election.</source>
        <translation>
            <numerusform>Leader dans ZooKeeper&#xa0;: %1, élu il y a %2&#xa0;; %n instance dans l&apos;élection.</numerusform>
            <numerusform>Leader dans ZooKeeper&#xa0;: %1, élu il y a %2&#xa0;; %n instances dans l&apos;élection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader: no answer (%1)</source>
        <translation>/v2/leader de Marathon&#xa0;: aucune réponse (%1)</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader: not asked yet</source>
        <translation>/v2/leader de Marathon&#xa0;: pas encore interrogé</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader names %1, ZooKeeper %2: an election is under way or the instances disagree.</source>
        <translation>/v2/leader de Marathon désigne %1, ZooKeeper %2&#xa0;: une élection est en cours ou les instances sont en désaccord.</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader: %1</source>
        <translation>/v2/leader de Marathon&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was elected again (no other instance took over).</source>
        <translation>%1 a été réélu (aucune autre instance n&apos;a pris le relais).</translation>
    </message>
    <message>
        <source>%1 leads now, after %2 abdicated.</source>
        <translation>%1 est désormais leader, après l&apos;abdication de %2.</translation>
    </message>
    <message>
        <source>Waiting for Marathon to elect a leader.</source>
        <translation>En attente de l&apos;élection d&apos;un leader par Marathon.</translation>
    </message>
    <message>
        <source>No Marathon leader is known.</source>
        <translation>Aucun leader Marathon n&apos;est connu.</translation>
    </message>
    <message>
        <source>Make Marathon&apos;s leader step down, so that another instance leads.</source>
        <translation>Faire céder la direction au leader Marathon, pour qu&apos;une autre instance devienne leader.</translation>
    </message>
    <message>
        <source> It is the only instance, so it will be elected again.</source>
        <translation> C&apos;est la seule instance&#xa0;: elle sera donc réélue.</translation>
    </message>
    <message>
        <source>Abdicate Marathon&apos;s leader</source>
        <translation>Faire abdiquer le leader Marathon</translation>
    </message>
    <message>
        <source>%1 stops leading Marathon and rejoins the election; another instance takes over. Apps and deployments go on, but Marathon&apos;s API and events pause for a few seconds.%2</source>
        <translation>%1 cesse d&apos;être leader de Marathon et rejoint l&apos;élection&#xa0;; une autre instance prend le relais. Les applications et les déploiements continuent, mais l&apos;API et les événements de Marathon s&apos;interrompent quelques secondes.%2</translation>
    </message>
    <message>
        <source>Abdicate</source>
        <translation>Abdiquer</translation>
    </message>
    <message>
        <source>Asked %1 to abdicate…</source>
        <translation>Abdication demandée à %1…</translation>
    </message>
    <message>
        <source>Marathon refused to abdicate: %1</source>
        <translation>Marathon a refusé d&apos;abdiquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 abdicated; waiting for the election…</source>
        <translation>%1 a abdiqué&#xa0;; en attente de l&apos;élection…</translation>
    </message>
</context>
<context>
    <name>MarathonPanel</name>
    <message>
        <source>New App</source>
        <translation>Nouvelle app</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Mettre à l&apos;échelle</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>Reset Delay</source>
        <translation>Réinit. délai</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Restart, Suspend, Reset Delay, Destroy; the group&apos;s actions</source>
        <translation>Redémarrer, Suspendre, Réinit. délai, Détruire&#xa0;; les actions du groupe</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Several Marathons run on this cluster: pick the one to show</source>
        <translation>Plusieurs Marathon tournent sur ce cluster&#xa0;: choisissez celui à afficher</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Deployments (%1)</source>
        <translation>Déploiements (%1)</translation>
    </message>
    <message>
        <source>Marathon not found yet</source>
        <translation>Marathon pas encore trouvé</translation>
    </message>
    <message>
        <source>● live — %1</source>
        <translation>● en direct — %1</translation>
    </message>
    <message>
        <source>○ polling — %1</source>
        <translation>○ interrogation — %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Showing this Marathon</source>
        <translation>Marathon affiché</translation>
    </message>
    <message>
        <source>Marathon actions are read-only: nothing can be changed from here. To change apps, turn off File → Read-only Marathon actions.</source>
        <translation>Les actions Marathon sont en lecture seule&#xa0;: rien ne peut être modifié d&apos;ici. Pour modifier des applications, désactivez Fichier → Actions Marathon en lecture seule.</translation>
    </message>
    <message>
        <source>Select an app first.</source>
        <translation>Sélectionnez d&apos;abord une application.</translation>
    </message>
    <message>
        <source>Select an app or a group first.</source>
        <translation>Sélectionnez d&apos;abord une application ou un groupe.</translation>
    </message>
    <message>
        <source>%1 is suspended (0 instances): there is nothing to restart.</source>
        <translation>%1 est suspendue (0 instance)&#xa0;: il n&apos;y a rien à redémarrer.</translation>
    </message>
    <message>
        <source>%1 is already suspended (0 instances).</source>
        <translation>%1 est déjà suspendue (0 instance).</translation>
    </message>
    <message>
        <source>%1 is not delayed: there is no launch delay to reset.</source>
        <translation>%1 n&apos;est pas retardée&#xa0;: il n&apos;y a aucun délai de lancement à réinitialiser.</translation>
    </message>
    <message>
        <source>Cannot edit %1: %2</source>
        <translation>Impossible de modifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>All tasks of %1 will be replaced following its upgrade strategy.</source>
        <translation>Toutes les tâches de %1 seront remplacées selon sa stratégie de mise à niveau.</translation>
    </message>
    <message>
        <source>Restart of %1</source>
        <translation>Redémarrage de %1</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>%1 will be scaled to 0: all %2 of its tasks are stopped.</source>
        <translation>%1 sera ramenée à 0&#xa0;: ses %2 tâches sont toutes arrêtées.</translation>
    </message>
    <message>
        <source>Suspend of %1</source>
        <translation>Suspension de %1</translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>Détruire %1</translation>
    </message>
    <message>
        <source>%1 and all of its tasks will be removed. This cannot be undone.</source>
        <translation>%1 et toutes ses tâches seront supprimées. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Destroy of %1</source>
        <translation>Destruction de %1</translation>
    </message>
    <message>
        <source>Reset delay of %1</source>
        <translation>Réinitialisation du délai de %1</translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s)</source>
        <translation>
            <numerusform>Tuer %n tâche</numerusform>
            <numerusform>Tuer %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Kill %1?
Marathon starts replacements.</source>
        <translation>Tuer %1&#xa0;?
Marathon lance des remplaçantes.</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message>
        <source>Kill and scale down</source>
        <translation>Tuer et réduire</translation>
    </message>
    <message>
        <source>Kill %1 and lower the instance count by %2? No replacements are started.</source>
        <translation>Tuer %1 et baisser le nombre d&apos;instances de %2&#xa0;? Aucune remplaçante n&apos;est lancée.</translation>
    </message>
    <message>
        <source>Kill &amp; Scale</source>
        <translation>Tuer &amp; réduire</translation>
    </message>
    <message>
        <source>Kill and wipe</source>
        <translation>Tuer et effacer</translation>
    </message>
    <message>
        <source>Kill %1 and DESTROY their persistent volumes and reservations? The data is lost.</source>
        <translation>Tuer %1 et DÉTRUIRE leurs volumes persistants et leurs réservations&#xa0;? Les données sont perdues.</translation>
    </message>
    <message>
        <source>Kill &amp; Wipe</source>
        <translation>Tuer &amp; effacer</translation>
    </message>
    <message>
        <source>Roll back deployment</source>
        <translation>Annuler le déploiement par retour arrière</translation>
    </message>
    <message>
        <source>Deployment %1 will be reverted by a new deployment that restores the previous configuration.</source>
        <translation>Le déploiement %1 sera annulé par un nouveau déploiement qui restaure la configuration précédente.</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>Retour arrière de %1</translation>
    </message>
    <message>
        <source>Force stop deployment</source>
        <translation>Arrêt forcé du déploiement</translation>
    </message>
    <message>
        <source>Deployment %1 will be cancelled WITHOUT rollback. This can leave a mix of old and new tasks running, and the app keeps the new configuration.</source>
        <translation>Le déploiement %1 sera annulé SANS retour arrière. Cela peut laisser tourner un mélange d&apos;anciennes et de nouvelles tâches, et l&apos;application garde la nouvelle configuration.</translation>
    </message>
    <message>
        <source>Force stop</source>
        <translation>Arrêt forcé</translation>
    </message>
    <message>
        <source>Force stop of %1</source>
        <translation>Arrêt forcé de %1</translation>
    </message>
    <message>
        <source>Apply version</source>
        <translation>Appliquer la version</translation>
    </message>
    <message>
        <source>%1 will be deployed with its configuration of %2.</source>
        <translation>%1 sera déployée avec sa configuration du %2.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply version %1 to %2</source>
        <translation>Application de la version %1 à %2</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>New Pod</source>
        <translation>Nouveau pod</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Marathon has no such action for pods.</source>
        <translation>Marathon ne propose pas cette action pour les pods.</translation>
    </message>
    <message>
        <source>Scale %1 to 0 instances to suspend it.</source>
        <translation>Mettez %1 à l&apos;échelle à 0 instance pour le suspendre.</translation>
    </message>
</context>
<context>
    <name>MarathonParser</name>
    <message>
        <source>The answer holds no &quot;apps&quot; list.</source>
        <translation>La réponse ne contient pas de liste &quot;apps&quot;.</translation>
    </message>
    <message>
        <source>The answer is not an app definition (no &quot;id&quot;).</source>
        <translation>La réponse n&apos;est pas une définition d&apos;application (pas de &quot;id&quot;).</translation>
    </message>
    <message>
        <source>The answer holds no &quot;tasks&quot; list.</source>
        <translation>La réponse ne contient pas de liste &quot;tasks&quot;.</translation>
    </message>
    <message>
        <source>The deployments answer is not a list.</source>
        <translation>La réponse des déploiements n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The answer holds no &quot;queue&quot; list.</source>
        <translation>La réponse ne contient pas de liste &quot;queue&quot;.</translation>
    </message>
    <message>
        <source>The /v2/info answer is empty.</source>
        <translation>La réponse de /v2/info est vide.</translation>
    </message>
    <message>
        <source>The answer holds no &quot;versions&quot; list.</source>
        <translation>La réponse ne contient pas de liste &quot;versions&quot;.</translation>
    </message>
    <message>
        <source>The answer names no leader.</source>
        <translation>La réponse ne désigne aucun leader.</translation>
    </message>
    <message>
        <source>The event is not a JSON object.</source>
        <translation>L&apos;événement n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Malformed JSON at offset %1: %2</source>
        <translation>JSON mal formé à la position %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MarathonPodParser</name>
    <message>
        <source>%1: expected %2</source>
        <translation>%1&#xa0;: on attendait %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>the pod&apos;s id</source>
        <translation>l&apos;ID du pod</translation>
    </message>
    <message>
        <source>the container&apos;s name</source>
        <translation>le nom du conteneur</translation>
    </message>
    <message>
        <source>the container&apos;s status</source>
        <translation>le statut du conteneur</translation>
    </message>
    <message>
        <source>the instance&apos;s id</source>
        <translation>l&apos;ID de l&apos;instance</translation>
    </message>
    <message>
        <source>the instance&apos;s status</source>
        <translation>le statut de l&apos;instance</translation>
    </message>
    <message>
        <source>the pod&apos;s spec</source>
        <translation>la spécification du pod</translation>
    </message>
    <message>
        <source>the pod&apos;s status</source>
        <translation>le statut du pod</translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation>JSON mal formé (%1)</translation>
    </message>
    <message>
        <source>malformed JSON (trailing content)</source>
        <translation>JSON mal formé (contenu en trop à la fin)</translation>
    </message>
    <message>
        <source>an array of pod statuses</source>
        <translation>un tableau de statuts de pod</translation>
    </message>
    <message>
        <source>an array of pods</source>
        <translation>un tableau de pods</translation>
    </message>
    <message>
        <source>an array of versions</source>
        <translation>un tableau de versions</translation>
    </message>
    <message>
        <source>a single spec</source>
        <translation>une seule spec</translation>
    </message>
</context>
<context>
    <name>MarathonSource</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>marathon</source>
        <translation>marathon</translation>
    </message>
    <message>
        <source>No Marathon instance leads right now.</source>
        <translation>Aucune instance Marathon n&apos;est leader en ce moment.</translation>
    </message>
    <message>
        <source>Marathon closed the event stream.</source>
        <translation>Marathon a fermé le flux d&apos;événements.</translation>
    </message>
    <message>
        <source>This Marathon does not offer pods (HEAD /v2/pods answered 404: pods need Marathon 1.4 or later).</source>
        <translation>Ce Marathon ne propose pas de pods (HEAD /v2/pods a répondu 404&#xa0;: les pods nécessitent Marathon 1.4 ou ultérieur).</translation>
    </message>
</context>
<context>
    <name>MasterInfo</name>
    <message>
        <source>MasterInfo is not valid JSON: %1 at offset %2</source>
        <translation>MasterInfo n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;offset %2</translation>
    </message>
    <message>
        <source>MasterInfo is not a JSON object</source>
        <translation>MasterInfo n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>MasterInfo has no usable address (hostname/ip and port)</source>
        <translation>MasterInfo n&apos;a pas d&apos;adresse utilisable (hostname/ip et port)</translation>
    </message>
    <message>
        <source>MasterInfo protobuf is truncated</source>
        <translation>Le protobuf MasterInfo est tronqué</translation>
    </message>
    <message>
        <source>MasterInfo protobuf is malformed</source>
        <translation>Le protobuf MasterInfo est mal formé</translation>
    </message>
    <message>
        <source>MasterInfo protobuf has no usable address</source>
        <translation>Le protobuf MasterInfo n&apos;a pas d&apos;adresse utilisable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a master UPID (master@ip:port)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UPID de maître (master@ip:port)</translation>
    </message>
</context>
<context>
    <name>MasterPage</name>
    <message>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Maître</translation>
    </message>
</context>
<context>
    <name>MesosClusterPages</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignables</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>Tous les frameworks</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Open stdout</source>
        <translation>Ouvrir stdout</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Follow the selected task&apos;s stdout in the Sandbox tab (%1)</source>
        <translation>Suivre le stdout de la tâche sélectionnée dans l&apos;onglet Sandbox (%1)</translation>
    </message>
    <message>
        <source>Open stderr</source>
        <translation>Ouvrir stderr</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Browse sandbox</source>
        <translation>Parcourir la sandbox</translation>
    </message>
    <message>
        <source>Clear removed agents</source>
        <translation>Effacer les agents retirés</translation>
    </message>
    <message>
        <source>Stop listing the agents the master no longer lists (unreachable or removed)</source>
        <translation>Ne plus lister les agents que le maître ne liste plus (injoignables ou retirés)</translation>
    </message>
    <message>
        <source>Stale data (last update %1): %2</source>
        <translation>Données périmées (dernière mise à jour %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Open agent page</source>
        <translation>Ouvrir la page de l&apos;agent</translation>
    </message>
    <message>
        <source>The selected agent in a window of its own (double-click, Enter)</source>
        <translation>L&apos;agent sélectionné dans sa propre fenêtre (double-clic, Entrée)</translation>
    </message>
    <message>
        <source>Open framework page</source>
        <translation>Ouvrir la page du framework</translation>
    </message>
    <message>
        <source>The selected framework in a window of its own: identity, resources, tasks, offers (Enter or double-click)</source>
        <translation>Le framework sélectionné dans sa propre fenêtre&#xa0;: identité, ressources, tâches, offres (Entrée ou double-clic)</translation>
    </message>
</context>
<context>
    <name>MesosDetailPane</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Latest status update from the event stream:</source>
        <translation>Dernière mise à jour de statut du flux d&apos;événements&#xa0;:</translation>
    </message>
    <message>
        <source>… (%1 more bytes not shown)</source>
        <translation>… (%1 octets de plus non affichés)</translation>
    </message>
</context>
<context>
    <name>MesosEventFeed</name>
    <message>
        <source>Agent %1 registered again.</source>
        <translation>L&apos;agent %1 s&apos;est de nouveau enregistré.</translation>
    </message>
    <message>
        <source>Agent %1 registered again, as %2.</source>
        <translation>L&apos;agent %1 s&apos;est de nouveau enregistré, en tant que %2.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>Agent %1 is unreachable; its task %2 is unreachable.</source>
        <translation>L&apos;agent %1 est injoignable&#xa0;; sa tâche %2 est injoignable.</translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 is unreachable; %n tasks on it are unreachable: %2</source>
        <translation>
            <numerusform>L&apos;agent %1 est injoignable&#xa0;; %n tâche qu&apos;il exécute est injoignable&#xa0;: %2</numerusform>
            <numerusform>L&apos;agent %1 est injoignable&#xa0;; %n tâches qu&apos;il exécute sont injoignables&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1 is unreachable; 1 task lost with it: %2</source>
        <translation>L&apos;agent %1 est injoignable&#xa0;; 1 tâche perdue avec lui&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 is unreachable; %n tasks lost with it: %2</source>
        <translation>
            <numerusform>L&apos;agent %1 est injoignable&#xa0;; %n tâche perdue avec lui&#xa0;: %2</numerusform>
            <numerusform>L&apos;agent %1 est injoignable&#xa0;; %n tâches perdues avec lui&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1 is unreachable.</source>
        <translation>L&apos;agent %1 est injoignable.</translation>
    </message>
    <message>
        <source>Agent %1 was removed; 1 task lost with it: %2</source>
        <translation>L&apos;agent %1 a été retiré&#xa0;; 1 tâche perdue avec lui&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 was removed; %n tasks lost with it: %2</source>
        <translation>
            <numerusform>L&apos;agent %1 a été retiré&#xa0;; %n tâche perdue avec lui&#xa0;: %2</numerusform>
            <numerusform>L&apos;agent %1 a été retiré&#xa0;; %n tâches perdues avec lui&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1 was removed.</source>
        <translation>L&apos;agent %1 a été retiré.</translation>
    </message>
    <message>
        <source>1 task lost on agent %1: %2</source>
        <translation>1 tâche perdue sur l&apos;agent %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks lost on agent %1: %2</source>
        <translation>
            <numerusform>%n tâche perdue sur l&apos;agent %1&#xa0;: %2</numerusform>
            <numerusform>%n tâches perdues sur l&apos;agent %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1 (%2)</source>
        <translation>Agent %1 (%2)</translation>
    </message>
    <message>
        <source>No Mesos master is leading (the last leader was %1).</source>
        <translation>Aucun maître Mesos n&apos;est leader (le dernier leader était %1).</translation>
    </message>
    <message>
        <source>The leading Mesos master changed: %1 → %2.</source>
        <translation>Le maître Mesos leader a changé&#xa0;: %1 → %2.</translation>
    </message>
    <message>
        <source>%1 leads again.</source>
        <translation>%1 est de nouveau leader.</translation>
    </message>
    <message>
        <source>Mesos data is live again.</source>
        <translation>Les données Mesos sont de nouveau en direct.</translation>
    </message>
    <message>
        <source>Mesos data is stale: %1</source>
        <translation>Les données Mesos sont périmées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MesosFormat</name>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
</context>
<context>
    <name>MesosFrameworkDetails</name>
    <message>
        <source>invalid framework JSON: %1</source>
        <translation>JSON de framework non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>no framework JSON</source>
        <translation>aucun JSON de framework</translation>
    </message>
</context>
<context>
    <name>MesosJsonParser</name>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>malformed JSON (trailing content)</source>
        <translation>JSON mal formé (contenu en trop à la fin)</translation>
    </message>
    <message>
        <source>event without a type</source>
        <translation>événement sans type</translation>
    </message>
    <message>
        <source>%1 event without an id</source>
        <translation>événement %1 sans id</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>réponse vide</translation>
    </message>
    <message>
        <source>malformed or truncated JSON (%1)</source>
        <translation>JSON mal formé ou tronqué (%1)</translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation>JSON mal formé (%1)</translation>
    </message>
    <message>
        <source>not a v1 operator API answer</source>
        <translation>pas une réponse de l&apos;API opérateur v1</translation>
    </message>
    <message>
        <source>no agents or frameworks in the answer</source>
        <translation>aucun agent ni framework dans la réponse</translation>
    </message>
</context>
<context>
    <name>MesosLeaderDetector</name>
    <message>
        <source>cannot decode %1: %2</source>
        <translation>impossible de décoder %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MesosSource</name>
    <message>
        <source>event stream</source>
        <translation>flux d&apos;événements</translation>
    </message>
    <message>
        <source>metrics are not available on this master (404)</source>
        <translation>les métriques ne sont pas disponibles sur ce maître (404)</translation>
    </message>
    <message>
        <source>%1: no leading master elected yet (503)</source>
        <translation>%1&#xa0;: aucun maître leader élu pour le moment (503)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>event stream refused: HTTP %1</source>
        <translation>flux d&apos;événements refusé&#xa0;: HTTP %1</translation>
    </message>
    <message>
        <source>event stream: %1; resubscribing</source>
        <translation>flux d&apos;événements&#xa0;: %1&#xa0;; nouvel abonnement</translation>
    </message>
    <message>
        <source>malformed event (%1); resubscribing</source>
        <translation>événement mal formé (%1)&#xa0;; nouvel abonnement</translation>
    </message>
    <message>
        <source>event stream did not start with SUBSCRIBED</source>
        <translation>le flux d&apos;événements n&apos;a pas commencé par SUBSCRIBED</translation>
    </message>
    <message>
        <source>SUBSCRIBED: %1; resubscribing</source>
        <translation>SUBSCRIBED&#xa0;: %1&#xa0;; nouvel abonnement</translation>
    </message>
    <message>
        <source>the master closed the event stream; resubscribing</source>
        <translation>le maître a fermé le flux d&apos;événements&#xa0;; nouvel abonnement</translation>
    </message>
    <message>
        <source>no heartbeat from the master for %1 s; resubscribing</source>
        <translation>aucun heartbeat du maître depuis %1 s&#xa0;; nouvel abonnement</translation>
    </message>
    <message>
        <source>No leading Mesos master</source>
        <translation>Aucun maître Mesos leader</translation>
    </message>
    <message>
        <source>%1: no leading master elected yet; asking again.</source>
        <translation>%1&#xa0;: aucun maître leader élu pour le moment&#xa0;; nouvelle demande.</translation>
    </message>
    <message>
        <source>Updates from the master at %1 fail; retrying, the last data stays shown.</source>
        <translation>Les mises à jour du maître %1 échouent&#xa0;; nouvelle tentative, les dernières données restent affichées.</translation>
    </message>
    <message>
        <source>No data from the master at %1 yet; retrying.</source>
        <translation>Aucune donnée du maître %1 pour le moment&#xa0;; nouvelle tentative.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Live from %1 (event stream)</source>
        <translation>En direct de %1 (flux d&apos;événements)</translation>
    </message>
    <message>
        <source>Live from %1 (polling)</source>
        <translation>En direct de %1 (interrogation)</translation>
    </message>
</context>
<context>
    <name>MesosTablePage</name>
    <message>
        <source>Filter (name, id, host, state…)</source>
        <translation>Filtrer (nom, ID, hôte, état…)</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Open in Mesos web UI</source>
        <translation>Ouvrir dans l&apos;interface web Mesos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 (on the table; also a double-click)</source>
        <translation>%1 (dans le tableau&#xa0;; aussi par double-clic)</translation>
    </message>
    <message>
        <source>The Mesos web UI</source>
        <translation>L&apos;interface web Mesos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrer le tableau</translation>
    </message>
</context>
<context>
    <name>MesosTaskState</name>
    <message>
        <source>Staging</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tuée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Disparue</translation>
    </message>
    <message>
        <source>Gone by operator</source>
        <translation>Disparue (opérateur)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>MetricsChart</name>
    <message>
        <source>Select one or more metrics above and press Chart to follow them over time.</source>
        <translation>Sélectionnez une ou plusieurs métriques ci-dessus et appuyez sur Graphique pour les suivre dans le temps.</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Filter metrics (e.g. tasks_running, allocator/)</source>
        <translation>Filtrer les métriques (p. ex. tasks_running, allocator/)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Follow the selected metrics over time in the chart below</source>
        <translation>Suivre les métriques sélectionnées dans le temps sur le graphique ci-dessous</translation>
    </message>
    <message>
        <source>Remove from chart</source>
        <translation>Retirer du graphique</translation>
    </message>
    <message>
        <source>Clear chart</source>
        <translation>Vider le graphique</translation>
    </message>
    <message>
        <source>Waiting for the leading master&apos;s metrics…</source>
        <translation>En attente des métriques du maître leader…</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) of the leading master, read at %1.</source>
        <translation>
            <numerusform>%n métrique du maître leader, lue à %1.</numerusform>
            <numerusform>%n métriques du maître leader, lues à %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Show every notification</source>
        <translation>Afficher toutes les notifications</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>+%1 more…</source>
        <translation>+%1 autres…</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <source>Show or hide the list of notifications</source>
        <translation>Afficher ou masquer la liste des notifications</translation>
    </message>
    <message>
        <source>Notifications (%1 open)</source>
        <translation>Notifications (%1 ouvertes)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Over since %1 UTC.</source>
        <translation>Terminé depuis %1 UTC.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>Tout fermer</translation>
    </message>
    <message>
        <source>Hide every open notification from the bar; the list keeps them</source>
        <translation>Masquer de la barre toutes les notifications ouvertes&#xa0;; la liste les conserve</translation>
    </message>
</context>
<context>
    <name>OfferHoldersModel</name>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Offers held</source>
        <translation>Offres détenues</translation>
    </message>
    <message>
        <source>CPUs on offer</source>
        <translation>CPU en offre</translation>
    </message>
    <message>
        <source>Memory on offer</source>
        <translation>Mémoire en offre</translation>
    </message>
    <message>
        <source>Disk on offer</source>
        <translation>Disque en offre</translation>
    </message>
    <message>
        <source>GPUs on offer</source>
        <translation>GPU en offre</translation>
    </message>
    <message>
        <source>Ports on offer</source>
        <translation>Ports en offre</translation>
    </message>
    <message>
        <source>Framework ID</source>
        <translation>ID du framework</translation>
    </message>
</context>
<context>
    <name>OfferRejectsModel</name>
    <message>
        <source>Not enough CPUs</source>
        <translation>Pas assez de CPU</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>Pas assez de mémoire</translation>
    </message>
    <message>
        <source>Not enough disk</source>
        <translation>Pas assez de disque</translation>
    </message>
    <message>
        <source>Not enough GPUs</source>
        <translation>Pas assez de GPU</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>No resources for the app&apos;s role</source>
        <translation>Pas de ressources pour le rôle de l&apos;app</translation>
    </message>
    <message>
        <source>Placement constraint not met</source>
        <translation>Contrainte de placement non remplie</translation>
    </message>
    <message>
        <source>No matching reservation on the agent</source>
        <translation>Aucune réservation correspondante sur l&apos;agent</translation>
    </message>
    <message>
        <source>Agent in maintenance</source>
        <translation>Agent en maintenance</translation>
    </message>
    <message>
        <source>Not enough free ports</source>
        <translation>Pas assez de ports libres</translation>
    </message>
    <message>
        <source>Declined: agent has GPUs the app does not use</source>
        <translation>Refusée&#xa0;: l&apos;agent a des GPU que l&apos;app n&apos;utilise pas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Last offer per agent
(declined of processed)</source>
        <translation>Dernière offre par agent
(refusées sur traitées)</translation>
    </message>
    <message>
        <source>This launch attempt
(declined of processed)</source>
        <translation>Cette tentative de lancement
(refusées sur traitées)</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) %1</source>
        <translation>
            <numerusform>%n port %1</numerusform>
            <numerusform>%n ports %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (agent %2)</source>
        <translation>%1 (agent %2)</translation>
    </message>
    <message>
        <source>host not reported</source>
        <translation>hôte non signalé</translation>
    </message>
    <message>
        <source>%1 (framework %2)</source>
        <translation>%1 (framework %2)</translation>
    </message>
    <message>
        <source>How long this console has seen the offer: Mesos does not say when it was made.</source>
        <translation>Depuis combien de temps cette console voit l&apos;offre&#xa0;: Mesos n&apos;indique pas quand elle a été faite.</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Offer ID</source>
        <translation>ID de l&apos;offre</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Filter offers (framework, host, id, role)</source>
        <translation>Filtrer les offres (framework, hôte, ID, rôle)</translation>
    </message>
    <message>
        <source>Offers held, by framework</source>
        <translation>Offres détenues, par framework</translation>
    </message>
    <message>
        <source>Outstanding offers</source>
        <translation>Offres en attente</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Reading the outstanding offers from the leading master…</source>
        <translation>Lecture des offres en attente auprès du maître leader…</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding offer(s), read at %1.</source>
        <translation>
            <numerusform>%n offre en attente, lue à %1.</numerusform>
            <numerusform>%n offres en attente, lues à %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperatorClient</name>
    <message>
        <source>No leading master is known.</source>
        <translation>Aucun maître leader n&apos;est connu.</translation>
    </message>
</context>
<context>
    <name>OperatorFeedback</name>
    <message>
        <source>Could not be read (%1); shown as last read.</source>
        <translation>Lecture impossible (%1)&#xa0;; affiché tel que lu la dernière fois.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The master refused: %1</source>
        <translation>Le maître a refusé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OperatorParser</name>
    <message>
        <source>Not a roles answer: no &quot;roles&quot; list</source>
        <translation>Pas une réponse de rôles&#xa0;: aucune liste &quot;roles&quot;</translation>
    </message>
    <message>
        <source>Not a roles answer: &quot;roles&quot; is not a list</source>
        <translation>Pas une réponse de rôles&#xa0;: &quot;roles&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>Not a quota answer</source>
        <translation>Pas une réponse de quota</translation>
    </message>
    <message>
        <source>Not a weights answer: no list of weights</source>
        <translation>Pas une réponse de poids&#xa0;: aucune liste de poids</translation>
    </message>
    <message>
        <source>Not a GET_AGENTS answer</source>
        <translation>Pas une réponse GET_AGENTS</translation>
    </message>
    <message>
        <source>Malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a frameworks answer: no &quot;frameworks&quot; list</source>
        <translation>Pas une réponse de frameworks&#xa0;: aucune liste &quot;frameworks&quot;</translation>
    </message>
    <message>
        <source>Not a flags answer: no &quot;flags&quot;</source>
        <translation>Pas une réponse d’options&#xa0;: pas de «&#xa0;flags&#xa0;»</translation>
    </message>
    <message>
        <source>Not a logging level answer</source>
        <translation>Pas une réponse de niveau de journal</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Master
No cluster data yet.</source>
        <translation>Maître
Aucune donnée du cluster pour le moment.</translation>
    </message>
    <message>
        <source>Agents
–</source>
        <translation>Agents
–</translation>
    </message>
    <message>
        <source>Tasks
–</source>
        <translation>Tâches
–</translation>
    </message>
    <message>
        <source>Resources
–</source>
        <translation>Ressources
–</translation>
    </message>
    <message>
        <source>Master
Leader: %1
Version: %2
Cluster: %3
Up for: %4</source>
        <translation>Maître
Leader&#xa0;: %1
Version&#xa0;: %2
Cluster&#xa0;: %3
Actif depuis&#xa0;: %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 listed (the master counts %2)</source>
        <translation>%1 listés (le maître en compte %2)</translation>
    </message>
    <message>
        <source>Agents
Active: %1
Inactive: %2
Unreachable: %3
Removed: %4

Frameworks: %5 (%6 active)</source>
        <translation>Agents
Actifs&#xa0;: %1
Inactifs&#xa0;: %2
Injoignables&#xa0;: %3
Retirés&#xa0;: %4

Frameworks&#xa0;: %5 (%6 actifs)</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>Tâches par état</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: %2 used · %3 free · %4 total%5</source>
        <translation>%1&#xa0;: %2 utilisés · %3 libres · %4 au total%5</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Not counted: the agents the master lost (%1, listed in Agents)</source>
        <translation>Non comptés&#xa0;: les agents perdus par le maître (%1, listés dans Agents)</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>PaletteWiring</name>
    <message>
        <source>%1, %2 instances</source>
        <translation>%1, %2 instances</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Go to Tab</source>
        <translation>Aller à l&apos;&amp;onglet</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>Go to tab %1</source>
        <translation>Aller à l&apos;onglet %1</translation>
    </message>
    <message>
        <source>Switch this window to %1</source>
        <translation>Basculer cette fenêtre vers %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not connected to Marathon</source>
        <translation>Non connecté à Marathon</translation>
    </message>
    <message>
        <source>%1 is no longer in Marathon</source>
        <translation>%1 n&apos;est plus dans Marathon</translation>
    </message>
    <message>
        <source>The task %1 is no longer listed</source>
        <translation>La tâche %1 ne figure plus dans la liste</translation>
    </message>
    <message>
        <source>The agent %1 is no longer listed</source>
        <translation>L&apos;agent %1 ne figure plus dans la liste</translation>
    </message>
    <message>
        <source>The framework %1 is no longer listed</source>
        <translation>Le framework %1 ne figure plus dans la liste</translation>
    </message>
    <message>
        <source>The profile %1 was removed</source>
        <translation>Le profil %1 a été supprimé</translation>
    </message>
    <message>
        <source>%1 is no longer available</source>
        <translation>%1 n&apos;est plus disponible</translation>
    </message>
    <message>
        <source>%1 is not available now</source>
        <translation>%1 n&apos;est pas disponible pour le moment</translation>
    </message>
</context>
<context>
    <name>PodActions</name>
    <message numerus="yes">
        <source>Kill %n pod instance(s)</source>
        <translation>
            <numerusform>Tuer %n instance de pod</numerusform>
            <numerusform>Tuer %n instances de pod</numerusform>
        </translation>
    </message>
    <message>
        <source>Kill %1 of %2?
Every container of each instance is stopped; Marathon starts replacements.</source>
        <translation>Tuer %1 de %2&#xa0;?
Chaque conteneur de chaque instance est arrêté&#xa0;; Marathon lance des remplaçantes.</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>Détruire %1</translation>
    </message>
    <message>
        <source>Pod %1 and all of its instances will be removed. This cannot be undone.</source>
        <translation>Le pod %1 et toutes ses instances seront supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>Destroy of %1</source>
        <translation>Destruction de %1</translation>
    </message>
</context>
<context>
    <name>PodDefinitionValidator</name>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and dashes, start and end with a letter or digit, at most 63 characters</source>
        <translation>doit être fait de minuscules, de chiffres et de tirets, commencer et finir par une lettre ou un chiffre, 63 caractères au plus</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>doit être un entier</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>is required (cpus and mem)</source>
        <translation>est obligatoire (cpus et mem)</translation>
    </message>
    <message>
        <source>is required: the image to run</source>
        <translation>est obligatoire&#xa0;: l&apos;image à exécuter</translation>
    </message>
    <message>
        <source>must be DOCKER</source>
        <translation>doit valoir DOCKER</translation>
    </message>
    <message>
        <source>names no volume of the pod (declare it under &quot;volumes&quot;)</source>
        <translation>ne désigne aucun volume du pod (déclarez-le sous &quot;volumes&quot;)</translation>
    </message>
    <message>
        <source>is not a field of a pod</source>
        <translation>n&apos;est pas un champ de pod</translation>
    </message>
    <message>
        <source>is required: the pod&apos;s path, e.g. /prod/web</source>
        <translation>est obligatoire&#xa0;: le chemin du pod, p. ex. /prod/web</translation>
    </message>
    <message>
        <source>must be a path of lower-case names separated by slashes</source>
        <translation>doit être un chemin de noms en minuscules séparés par des barres obliques</translation>
    </message>
    <message>
        <source>is required: at least one container</source>
        <translation>est obligatoire&#xa0;: au moins un conteneur</translation>
    </message>
    <message>
        <source>needs at least one container</source>
        <translation>nécessite au moins un conteneur</translation>
    </message>
    <message>
        <source>is the name of another container of this pod</source>
        <translation>est le nom d&apos;un autre conteneur de ce pod</translation>
    </message>
    <message>
        <source>must be &quot;fixed&quot;</source>
        <translation>doit valoir &quot;fixed&quot;</translation>
    </message>
    <message>
        <source>must be host, container or container/bridge</source>
        <translation>doit valoir host, container ou container/bridge</translation>
    </message>
</context>
<context>
    <name>PodEditorDialog</name>
    <message>
        <source>New Pod</source>
        <translation>Nouveau pod</translation>
    </message>
    <message>
        <source>Edit Pod %1</source>
        <translation>Modifier le pod %1</translation>
    </message>
    <message>
        <source>The pod definition as Marathon takes it (POST /v2/pods): id, containers with their resources, volumes, networks, scaling.</source>
        <translation>La définition du pod telle que Marathon l&apos;accepte (POST /v2/pods)&#xa0;: id, conteneurs avec leurs ressources, volumes, réseaux, mise à l&apos;échelle.</translation>
    </message>
    <message>
        <source>Create Pod</source>
        <translation>Créer le pod</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>A pod definition is a JSON object.</source>
        <translation>Une définition de pod est un objet JSON.</translation>
    </message>
    <message>
        <source>There was a problem with this pod definition: see the marked lines.</source>
        <translation>Cette définition de pod pose problème&#xa0;: voyez les lignes signalées.</translation>
    </message>
    <message>
        <source>Stop the deployment and apply</source>
        <translation>Arrêter le déploiement et appliquer</translation>
    </message>
    <message>
        <source>Deployment %1 holds %2. Stop it (without rollback) and apply your change?</source>
        <translation>Le déploiement %1 verrouille %2. L&apos;arrêter (sans retour arrière) et appliquer votre modification&#xa0;?</translation>
    </message>
    <message>
        <source>Stop and apply</source>
        <translation>Arrêter et appliquer</translation>
    </message>
    <message>
        <source>Marathon refused: %1</source>
        <translation>Marathon a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The pod is locked by deployment %1, so the change was refused. Nothing was changed.</source>
        <translation>Le pod est verrouillé par le déploiement %1, la modification a donc été refusée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Marathon refused this pod definition: %1</source>
        <translation>Marathon a refusé cette définition de pod&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>La modification n&apos;a pas été appliquée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PodInstancesModel</name>
    <message>
        <source>%1 CPU, %2 MiB</source>
        <translation>%1 CPU, %2 MiB</translation>
    </message>
    <message>
        <source>, %1 MiB disk</source>
        <translation>, %1 MiB de disque</translation>
    </message>
    <message>
        <source>, %1 GPU</source>
        <translation>, %1 GPU</translation>
    </message>
    <message>
        <source>%1=%2</source>
        <translation>%1=%2</translation>
    </message>
    <message>
        <source>%1=%2 (%3)</source>
        <translation>%1=%2 (%3)</translation>
    </message>
    <message>
        <source> (healthy)</source>
        <translation> (sain)</translation>
    </message>
    <message>
        <source> (unhealthy)</source>
        <translation> (non sain)</translation>
    </message>
    <message>
        <source>(not launched)</source>
        <translation>(non lancé)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>PodPage</name>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Terminations</source>
        <translation>Fins</translation>
    </message>
    <message>
        <source>Pick a version to see its definition.</source>
        <translation>Choisissez une version pour voir sa définition.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Échelle…</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Détruire…</translation>
    </message>
    <message>
        <source>Open stdout</source>
        <translation>Ouvrir stdout</translation>
    </message>
    <message>
        <source>Open stderr</source>
        <translation>Ouvrir stderr</translation>
    </message>
    <message>
        <source>Browse sandbox</source>
        <translation>Parcourir la sandbox</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Follow the selected container&apos;s stdout; the arrow offers stderr and its sandbox</source>
        <translation>Suivre le stdout du conteneur sélectionné&#xa0;; la flèche propose stderr et sa sandbox</translation>
    </message>
    <message>
        <source>Select a pod.</source>
        <translation>Sélectionnez un pod.</translation>
    </message>
    <message>
        <source>%1 — no longer listed by Marathon</source>
        <translation>%1 — ne figure plus dans la liste de Marathon</translation>
    </message>
    <message numerus="yes">
        <source>%1 — pod, %2; %3 of %n instance(s) stable</source>
        <translation>
            <numerusform>%1 — pod, %2&#xa0;; %3 sur %n instance stable</numerusform>
            <numerusform>%1 — pod, %2&#xa0;; %3 sur %n instances stables</numerusform>
        </translation>
    </message>
    <message>
        <source>status not reported</source>
        <translation>statut non signalé</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Conteneur %1</translation>
    </message>
    <message>
        <source>  Resources: %1</source>
        <translation>  Ressources&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Image: %1</source>
        <translation>  Image&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Command: %1</source>
        <translation>  Commande&#xa0;: %1</translation>
    </message>
    <message>
        <source> container port %1</source>
        <translation> port du conteneur %1</translation>
    </message>
    <message>
        <source>, any host port</source>
        <translation>, n&apos;importe quel port hôte</translation>
    </message>
    <message>
        <source>, host port %1</source>
        <translation>, port hôte %1</translation>
    </message>
    <message>
        <source>  Endpoint %1:%2 %3</source>
        <translation>  Point de terminaison %1:%2 %3</translation>
    </message>
    <message>
        <source>  Volume %1 at %2 (read-only)</source>
        <translation>  Volume %1 monté sur %2 (lecture seule)</translation>
    </message>
    <message>
        <source>  Volume %1 at %2</source>
        <translation>  Volume %1 monté sur %2</translation>
    </message>
    <message>
        <source>Volume %1: persistent</source>
        <translation>Volume %1&#xa0;: persistant</translation>
    </message>
    <message>
        <source>Volume %1: ephemeral</source>
        <translation>Volume %1&#xa0;: éphémère</translation>
    </message>
    <message>
        <source>Volume %1: host path %2</source>
        <translation>Volume %1&#xa0;: chemin hôte %2</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>Réseaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a pod first.</source>
        <translation>Sélectionnez d&apos;abord un pod.</translation>
    </message>
    <message>
        <source>Select one or more instances first.</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs instances.</translation>
    </message>
    <message>
        <source>Could not load versions: %1</source>
        <translation>Impossible de charger les versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load version %1: %2</source>
        <translation>Impossible de charger la version %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PodTerminationsModel</name>
    <message>
        <source> (exit %1)</source>
        <translation> (code de sortie %1)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>the profile names neither a ZooKeeper URL nor a master URL</source>
        <translation>le profil ne donne ni URL ZooKeeper ni URL de maître</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>a profile needs a name</source>
        <translation>un profil doit avoir un nom</translation>
    </message>
    <message>
        <source>another profile is called &quot;%1&quot;</source>
        <translation>un autre profil s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>poll intervals are at least 500 ms</source>
        <translation>les intervalles d&apos;interrogation sont d&apos;au moins 500 ms</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>a URL carries a password; passwords are kept in the keychain, not in URLs</source>
        <translation>une URL contient un mot de passe&#xa0;; les mots de passe sont conservés dans le trousseau, pas dans les URL</translation>
    </message>
</context>
<context>
    <name>ProfileTestView</name>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>non essayé</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileTlsEditor</name>
    <message>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation>vide&#xa0;: uniquement les autorités de certification du système</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>SHA-256 of the trusted certificate</source>
        <translation>SHA-256 du certificat de confiance</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile&apos;s servers:</source>
        <translation>Certificats de confiance pour les serveurs de ce profil&#xa0;:</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation>le fichier CA %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation>le fichier CA %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>le fichier CA %1 ne contient aucun certificat PEM</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), the first: %1</source>
        <translation>
            <numerusform>%n certificat&#xa0;: %1</numerusform>
            <numerusform>%n certificats, le premier&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Fichier CA supplémentaire</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Extra CA &amp;file (PEM):</source>
        <translation>&amp;Fichier CA supplémentaire (PEM)&#xa0;:</translation>
    </message>
    <message>
        <source>Leaders found in Zoo&amp;Keeper serve HTTPS</source>
        <translation>Les leaders trouvés dans Zoo&amp;Keeper servent HTTPS</translation>
    </message>
    <message>
        <source>ZooKeeper names the leading master and Marathon by host and port only. Check this when they serve TLS; MesosDesk never falls back to plain HTTP on its own.</source>
        <translation>ZooKeeper ne nomme le maître leader et Marathon que par hôte et port. Cochez ceci s&apos;ils servent en TLS&#xa0;; MesosDesk ne se rabat jamais de lui-même sur HTTP en clair.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Cluster profiles</source>
        <translation>Profils de cluster</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>zk://host1:2181,host2:2181/mesos</source>
        <translation>zk://host1:2181,host2:2181/mesos</translation>
    </message>
    <message>
        <source>http://master1:5050 http://master2:5050</source>
        <translation>http://master1:5050 http://master2:5050</translation>
    </message>
    <message>
        <source>Used when there is no ZooKeeper URL; separate several with spaces.</source>
        <translation>Utilisé en l&apos;absence d&apos;URL ZooKeeper&#xa0;; séparez-en plusieurs par des espaces.</translation>
    </message>
    <message>
        <source>empty: found through ZooKeeper</source>
        <translation>vide&#xa0;: trouvé via ZooKeeper</translation>
    </message>
    <message>
        <source>Read-only: disable every action that changes the cluster</source>
        <translation>Lecture seule&#xa0;: désactiver toute action qui modifie le cluster</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ZooKeeper URL:</source>
        <translation>URL &amp;ZooKeeper&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Master URLs:</source>
        <translation>URL des &amp;maîtres&#xa0;:</translation>
    </message>
    <message>
        <source>Marathon ZooKeeper &amp;path:</source>
        <translation>C&amp;hemin ZooKeeper de Marathon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(nouveau profil)</translation>
    </message>
    <message>
        <source>Name the profile and give a ZooKeeper URL or a master URL.</source>
        <translation>Nommez le profil et donnez une URL ZooKeeper ou une URL de maître.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved.</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Supprimer le profil&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its saved passwords and tokens are not used any more.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;? Ses mots de passe et jetons enregistrés ne seront plus utilisés.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Clust&amp;er</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Maîtres</translation>
    </message>
    <message>
        <source>Agents (sandbox logs)</source>
        <translation>Agents (journaux de la sandbox)</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>ZooKeeper digest</source>
        <translation>Digest ZooKeeper</translation>
    </message>
    <message>
        <source>Aut&amp;hentication</source>
        <translation>Authent&amp;ification</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>T&amp;LS</translation>
    </message>
    <message>
        <source>The user name in the URL was moved to the Authentication tab.</source>
        <translation>Le nom d&apos;utilisateur de l&apos;URL a été déplacé dans l&apos;onglet Authentification.</translation>
    </message>
    <message>
        <source>The password in the URL was moved to the Authentication tab; saving puts it in the keychain.</source>
        <translation>Le mot de passe de l&apos;URL a été déplacé dans l&apos;onglet Authentification&#xa0;; l&apos;enregistrement le place dans le trousseau.</translation>
    </message>
    <message>
        <source>%1: the keychain did not take the secret (%2); it stays in its field, and Save tries again.</source>
        <translation>%1&#xa0;: le trousseau n&apos;a pas accepté le secret (%2)&#xa0;; il reste dans son champ, et Enregistrer fera une nouvelle tentative.</translation>
    </message>
    <message>
        <source>Ma&amp;rathon URL:</source>
        <translation>URL de Ma&amp;rathon&#xa0;:</translation>
    </message>
    <message>
        <source>Mesos poll &amp;interval:</source>
        <translation>Inter&amp;valle d&apos;interrogation Mesos&#xa0;:</translation>
    </message>
    <message>
        <source>Marathon poll inter&amp;val:</source>
        <translation>Intervalle d&apos;interro&amp;gation Marathon&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuantitiesFormat</name>
    <message>
        <source>CPUs %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>mem %1</source>
        <translation>mem %1</translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation>disk %1</translation>
    </message>
    <message>
        <source>GPUs %1</source>
        <translation>GPU %1</translation>
    </message>
</context>
<context>
    <name>ReadinessResultsModel</name>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prête</translation>
    </message>
    <message>
        <source>not kept (preserveLastResponse is off)</source>
        <translation>non gardée (preserveLastResponse est désactivé)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 %3</source>
        <translation>HTTP %1 %2 %3</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Contrôle de disponibilité</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Dernière réponse</translation>
    </message>
</context>
<context>
    <name>RecordIoDecoder</name>
    <message>
        <source>RecordIO: record header without a newline</source>
        <translation>RecordIO&#xa0;: en-tête d&apos;enregistrement sans saut de ligne</translation>
    </message>
    <message>
        <source>RecordIO: bad record length &quot;%1&quot;</source>
        <translation>RecordIO&#xa0;: longueur d&apos;enregistrement incorrecte «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ResolveCommand</name>
    <message>
        <source>ZooKeeper authentication failed</source>
        <translation>échec de l&apos;authentification ZooKeeper</translation>
    </message>
    <message>
        <source>no leader is registered under %1</source>
        <translation>aucun leader n&apos;est enregistré sous %1</translation>
    </message>
    <message>
        <source>could not connect to ZooKeeper at %1</source>
        <translation>connexion impossible à ZooKeeper sur %1</translation>
    </message>
    <message>
        <source>mesosdesk: no leader found within %1 s: %2</source>
        <translation>mesosdesk: aucun leader trouvé en %1 s&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Quota and weight</source>
        <translation>Quota et poids</translation>
    </message>
    <message>
        <source>Role (select one, or type a new name)</source>
        <translation>Rôle (sélectionnez-en un, ou tapez un nouveau nom)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>Mémoire (MB)</translation>
    </message>
    <message>
        <source>Disk (MB)</source>
        <translation>Disque (MB)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Guarantee:</source>
        <translation>Garantie&#xa0;:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Limite&#xa0;:</translation>
    </message>
    <message>
        <source>Force (skip the master&apos;s capacity and consumption checks)</source>
        <translation>Forcer (ignorer les contrôles de capacité et de consommation du maître)</translation>
    </message>
    <message>
        <source>Set quota…</source>
        <translation>Définir le quota…</translation>
    </message>
    <message>
        <source>Set weight…</source>
        <translation>Définir le poids…</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Poids&#xa0;:</translation>
    </message>
    <message>
        <source>Select a role or type its name first.</source>
        <translation>Sélectionnez d&apos;abord un rôle ou tapez son nom.</translation>
    </message>
    <message>
        <source>Replaces this role&apos;s guarantee and limit (UPDATE_QUOTA).</source>
        <translation>Remplace la garantie et la limite de ce rôle (UPDATE_QUOTA).</translation>
    </message>
    <message>
        <source>Sets this role&apos;s weight (UPDATE_WEIGHTS).</source>
        <translation>Définit le poids de ce rôle (UPDATE_WEIGHTS).</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sans limite)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1
The master did not list this role; it is shown as the parent of the roles under it.</source>
        <translation>%1
Le maître n&apos;a pas listé ce rôle&#xa0;; il est affiché comme parent des rôles qui en dépendent.</translation>
    </message>
    <message>
        <source>No framework is subscribed to this role.</source>
        <translation>Aucun framework n&apos;est abonné à ce rôle.</translation>
    </message>
    <message>
        <source>This master does not report allocations per role (Mesos 1.9 and later do).
Allocated and offered together: %1</source>
        <translation>Ce maître n&apos;indique pas les allocations par rôle (Mesos 1.9 et ultérieur le font).
Alloué et offert ensemble&#xa0;: %1</translation>
    </message>
    <message>
        <source>This master does not report quota per role (Mesos 1.3 and later do).</source>
        <translation>Ce maître n&apos;indique pas le quota par rôle (Mesos 1.3 et ultérieur le font).</translation>
    </message>
    <message>
        <source>Consumed (allocated or reserved) of the quota limit.
Consumed: %1
Limit: %2</source>
        <translation>Part consommée (allouée ou réservée) de la limite du quota.
Consommé&#xa0;: %1
Limite&#xa0;: %2</translation>
    </message>
    <message>
        <source>not reported by this master</source>
        <translation>non indiqué par ce maître</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Quota CPUs</source>
        <translation>Quota CPU</translation>
    </message>
    <message>
        <source>Quota memory</source>
        <translation>Quota mémoire</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Filter roles</source>
        <translation>Filtrer les rôles</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Reading the roles from the leading master…</source>
        <translation>Lecture des rôles depuis le maître leader…</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s), read at %1.</source>
        <translation>
            <numerusform>%n rôle, lu à %1.</numerusform>
            <numerusform>%n rôles, lus à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only mode is on (File menu): quota and weight changes are turned off.</source>
        <translation>Le mode lecture seule est activé (menu Fichier)&#xa0;: les modifications de quota et de poids sont désactivées.</translation>
    </message>
    <message>
        <source>Read-only mode is on: turn it off in the File menu to change the cluster.</source>
        <translation>Le mode lecture seule est activé&#xa0;: désactivez-le dans le menu Fichier pour modifier le cluster.</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Non connecté à un cluster.</translation>
    </message>
    <message>
        <source>The leading master&apos;s version is not known yet; UPDATE_QUOTA needs Mesos 1.9 or later.</source>
        <translation>La version du maître leader n&apos;est pas encore connue&#xa0;; UPDATE_QUOTA demande Mesos 1.9 ou ultérieur.</translation>
    </message>
    <message>
        <source>The leading master runs Mesos %1; setting quota limits (UPDATE_QUOTA) needs 1.9 or later.</source>
        <translation>Le maître leader exécute Mesos %1&#xa0;; définir des limites de quota (UPDATE_QUOTA) demande la version 1.9 ou ultérieure.</translation>
    </message>
    <message>
        <source>Remove the quota of role &quot;%1&quot;: no guarantee and no limit.</source>
        <translation>Retirer le quota du rôle «&#xa0;%1&#xa0;»&#xa0;: ni garantie ni limite.</translation>
    </message>
    <message>
        <source>Set the quota of role &quot;%1&quot;:
  guarantee: %2
  limit: %3</source>
        <translation>Définir le quota du rôle «&#xa0;%1&#xa0;»&#xa0;:
  garantie&#xa0;: %2
  limite&#xa0;: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>This replaces the role&apos;s current quota. The master rescinds outstanding offers that would exceed the limit; running tasks are not killed.</source>
        <translation>Cela remplace le quota actuel du rôle. Le maître retire les offres en attente qui dépasseraient la limite&#xa0;; les tâches en cours ne sont pas tuées.</translation>
    </message>
    <message>
        <source>Force is on: the master will not check the cluster&apos;s capacity or the role&apos;s current consumption.</source>
        <translation>Forcer est activé&#xa0;: le maître ne vérifiera ni la capacité du cluster ni la consommation actuelle du rôle.</translation>
    </message>
    <message>
        <source>Set quota</source>
        <translation>Définir le quota</translation>
    </message>
    <message>
        <source>The quota of role &quot;%1&quot; was set.</source>
        <translation>Le quota du rôle «&#xa0;%1&#xa0;» a été défini.</translation>
    </message>
    <message>
        <source>Set the weight of role &quot;%1&quot; to %2.
The master rescinds the role&apos;s outstanding offers so that they are made again by the new weights.</source>
        <translation>Définir le poids du rôle «&#xa0;%1&#xa0;» à %2.
Le maître retire les offres en attente du rôle pour qu&apos;elles soient refaites selon les nouveaux poids.</translation>
    </message>
    <message>
        <source>Set weight</source>
        <translation>Définir le poids</translation>
    </message>
    <message>
        <source>The weight of role &quot;%1&quot; was set.</source>
        <translation>Le poids du rôle «&#xa0;%1&#xa0;» a été défini.</translation>
    </message>
</context>
<context>
    <name>SandboxBrowse</name>
    <message>
        <source>%1 does not exist on the agent.</source>
        <translation>%1 n&apos;existe pas sur l&apos;agent.</translation>
    </message>
</context>
<context>
    <name>SandboxBrowser</name>
    <message>
        <source>Up</source>
        <translation>Remonter</translation>
    </message>
    <message>
        <source>Sandbox path on the agent</source>
        <translation>Chemin de la sandbox sur l&apos;agent</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>This directory is empty.</source>
        <translation>Ce répertoire est vide.</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>Listage de %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Le téléchargement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
</context>
<context>
    <name>SandboxFileEntry</name>
    <message>
        <source>The sandbox listing is not valid JSON: %1</source>
        <translation>Le listage de la sandbox n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox listing is not a JSON array.</source>
        <translation>Le listage de la sandbox n&apos;est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>A sandbox listing entry has no path.</source>
        <translation>Une entrée du listage de la sandbox n&apos;a pas de chemin.</translation>
    </message>
</context>
<context>
    <name>SandboxFilesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
</context>
<context>
    <name>SandboxLocator</name>
    <message>
        <source>The agent address &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;adresse d&apos;agent «&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Cannot read the agent state of %1: %2</source>
        <translation>Impossible de lire l&apos;état de l&apos;agent %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SandboxTab</name>
    <message>
        <source>http://agent-host:5051</source>
        <translation>http://agent-host:5051</translation>
    </message>
    <message>
        <source>Agent URL</source>
        <translation>URL de l&apos;agent</translation>
    </message>
    <message>
        <source>framework id</source>
        <translation>ID du framework</translation>
    </message>
    <message>
        <source>executor id (empty: command executor)</source>
        <translation>ID de l&apos;exécuteur (vide&#xa0;: exécuteur de commande)</translation>
    </message>
    <message>
        <source>task id (several, comma-separated: merged view)</source>
        <translation>ID de tâche (plusieurs, séparés par des virgules&#xa0;: vue fusionnée)</translation>
    </message>
    <message>
        <source>Locate sandbox</source>
        <translation>Localiser la sandbox</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>or a directory on the agent, e.g. /frameworks/&lt;fid&gt;/executors/&lt;eid&gt;/runs/latest</source>
        <translation>ou un répertoire sur l&apos;agent, p. ex. /frameworks/&lt;fid&gt;/executors/&lt;eid&gt;/runs/latest</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Sandbox of %1 on %2: %3%4</source>
        <translation>Sandbox de %1 sur %2&#xa0;: %3%4</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation> (terminée)</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s URL, e.g. http://10.0.1.109:5051.</source>
        <translation>Saisissez l&apos;URL de l&apos;agent, p. ex. http://10.0.1.109:5051.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an executor id or a task id.</source>
        <translation>Saisissez un ID d&apos;exécuteur ou un ID de tâche.</translation>
    </message>
    <message>
        <source>Enter a directory to browse.</source>
        <translation>Saisissez un répertoire à parcourir.</translation>
    </message>
    <message>
        <source>Locating the sandbox on %1…</source>
        <translation>Localisation de la sandbox sur %1…</translation>
    </message>
    <message numerus="yes">
        <source>Locating %n sandbox(es)…</source>
        <translation>
            <numerusform>Localisation de %n sandbox…</numerusform>
            <numerusform>Localisation de %n sandbox…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened one view over %n task(s).</source>
        <translation>
            <numerusform>Une vue ouverte sur %n tâche.</numerusform>
            <numerusform>Une vue ouverte sur %n tâches.</numerusform>
        </translation>
    </message>
    <message>
        <source>its app %1 was destroyed</source>
        <translation>son application %1 a été détruite</translation>
    </message>
</context>
<context>
    <name>SandboxTaskRefs</name>
    <message>
        <source>Agent %1 of task %2 is not in the cluster state (removed?), so its sandbox cannot be reached.</source>
        <translation>L&apos;agent %1 de la tâche %2 n&apos;est pas dans l&apos;état du cluster (retiré&#xa0;?)&#xa0;: sa sandbox est donc inaccessible.</translation>
    </message>
    <message>
        <source>Task %1 has no known agent, so its sandbox cannot be reached.</source>
        <translation>La tâche %1 n&apos;a pas d&apos;agent connu&#xa0;: sa sandbox est donc inaccessible.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale %1</source>
        <translation>Mettre %1 à l&apos;échelle</translation>
    </message>
    <message>
        <source>Current instances:</source>
        <translation>Instances actuelles&#xa0;:</translation>
    </message>
    <message>
        <source>Up/Down or +/− change the target; Enter scales.</source>
        <translation>Haut/Bas ou +/− changent la cible&#xa0;; Entrée lance la mise à l&apos;échelle.</translation>
    </message>
    <message>
        <source>Target instances:</source>
        <translation>Instances cibles&#xa0;:</translation>
    </message>
    <message>
        <source>A deployment currently holds this app (%1). Scaling will be refused until it finishes, unless you stop it.</source>
        <translation>Un déploiement verrouille actuellement cette application (%1). La mise à l&apos;échelle sera refusée jusqu&apos;à sa fin, sauf si vous l&apos;arrêtez.</translation>
    </message>
    <message>
        <source>Stop the deployment and scale</source>
        <translation>Arrêter le déploiement et mettre à l&apos;échelle</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Mettre à l&apos;échelle</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <source>The running deployment of %1 will be cancelled without a rollback, then the app is scaled to %2. Tasks of the cancelled deployment may be left as they are.</source>
        <translation>Le déploiement en cours de %1 sera annulé sans retour arrière, puis l&apos;application sera mise à l&apos;échelle à %2. Les tâches du déploiement annulé peuvent rester en l&apos;état.</translation>
    </message>
    <message>
        <source>Stop and scale</source>
        <translation>Arrêter et mettre à l&apos;échelle</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>Scaling %1 to 0 stops all %2 of its tasks.</source>
        <translation>Ramener %1 à 0 arrête ses %2 tâches.</translation>
    </message>
    <message>
        <source>Scale to 0</source>
        <translation>Ramener à 0</translation>
    </message>
    <message>
        <source>Marathon refused: the app is locked by deployment %1. Wait for it to finish, or stop that deployment and scale anyway.
(%2)</source>
        <translation>Marathon a refusé&#xa0;: l&apos;application est verrouillée par le déploiement %1. Attendez sa fin, ou arrêtez ce déploiement et mettez à l&apos;échelle malgré tout.
(%2)</translation>
    </message>
    <message>
        <source>Scaling failed: %1</source>
        <translation>La mise à l&apos;échelle a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>healthy</source>
        <translation>saine</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>non saine</translation>
    </message>
    <message>
        <source>%1
Agent ID: %2</source>
        <translation>%1
ID de l&apos;agent&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>TlsFailure</name>
    <message>
        <source>The certificate of %1 changed and was refused: the trusted (pinned) certificate has SHA-256 %2, the server now presents %3.</source>
        <translation>Le certificat de %1 a changé et a été refusé&#xa0;: le certificat approuvé (épinglé) a pour SHA-256 %2, le serveur présente maintenant %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Le fichier d&apos;AC %1 est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>the certificate is not the pinned one</source>
        <translation>le certificat n&apos;est pas celui qui est épinglé</translation>
    </message>
</context>
<context>
    <name>UnusedOffersModel</name>
    <message>
        <source>Offer %1</source>
        <translation>Offre %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Why its offer did not fit</source>
        <translation>Pourquoi son offre ne convenait pas</translation>
    </message>
    <message>
        <source>Offer processed</source>
        <translation>Offre traitée</translation>
    </message>
</context>
<context>
    <name>UrlOpener</name>
    <message>
        <source>No browser</source>
        <translation>Aucun navigateur</translation>
    </message>
    <message>
        <source>%1 could not be opened: no web browser took the address. Copy it and open it where a browser runs:</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: aucun navigateur web n&apos;a pris l&apos;adresse. Copiez-la et ouvrez-la là où un navigateur fonctionne&#xa0;:</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Reset Delay</source>
        <translation>Réinitialiser le délai</translation>
    </message>
    <message>
        <source>Launch now instead of waiting out the backoff after failed launches</source>
        <translation>Lancer maintenant au lieu d&apos;attendre la fin du délai après les lancements échoués</translation>
    </message>
    <message>
        <source>Each agent&apos;s last offer that did not fit</source>
        <translation>La dernière offre de chaque agent qui ne convenait pas</translation>
    </message>
    <message>
        <source>%1 is not in the launch queue: nothing waits to be launched.</source>
        <translation>%1 n&apos;est pas dans la file de lancement&#xa0;: rien n&apos;attend d&apos;être lancé.</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 is delayed after failed launches: %n instance(s) wait for the backoff to end.</source>
        <translation>
            <numerusform>%1 %2 est retardée après des lancements échoués&#xa0;: %n instance attend la fin du délai.</numerusform>
            <numerusform>%1 %2 est retardée après des lancements échoués&#xa0;: %n instances attendent la fin du délai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 waits for offers: %n instance(s) left to launch.</source>
        <translation>
            <numerusform>%1 %2 attend des offres&#xa0;: %n instance reste à lancer.</numerusform>
            <numerusform>%1 %2 attend des offres&#xa0;: %n instances restent à lancer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued since %1.</source>
        <translation>En file depuis %1.</translation>
    </message>
    <message>
        <source>Role: %1.</source>
        <translation>Rôle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This Marathon reports no offer statistics (processedOffersSummary came with Marathon 1.4).</source>
        <translation>Ce Marathon ne donne pas de statistiques d&apos;offres (processedOffersSummary est venu avec Marathon 1.4).</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) processed in this launch attempt</source>
        <translation>
            <numerusform>%n offre traitée dans cette tentative de lancement</numerusform>
            <numerusform>%n offres traitées dans cette tentative de lancement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused</source>
        <translation>
            <numerusform>%n inutilisée</numerusform>
            <numerusform>%n inutilisées</numerusform>
        </translation>
    </message>
    <message>
        <source>last unused offer at %1</source>
        <translation>dernière offre inutilisée à %1</translation>
    </message>
    <message>
        <source>no offer used yet</source>
        <translation>aucune offre utilisée pour l&apos;instant</translation>
    </message>
    <message>
        <source>last used offer at %1</source>
        <translation>dernière offre utilisée à %1</translation>
    </message>
    <message>
        <source>Next launch attempt in %1 (launch delay after failures).</source>
        <translation>Prochaine tentative de lancement dans %1 (délai de lancement après des échecs).</translation>
    </message>
    <message>
        <source>The launch delay has run out; waiting for Marathon to start the next attempt.</source>
        <translation>Le délai de lancement est écoulé&#xa0;; Marathon va lancer la prochaine tentative.</translation>
    </message>
    <message>
        <source>Could not load the agents&apos; last offers: %1</source>
        <translation>Impossible de charger les dernières offres des agents&#xa0;: %1</translation>
    </message>
    <message>
        <source>This Marathon does not report single offers (embed=lastUnusedOffers).</source>
        <translation>Ce Marathon ne donne pas les offres une à une (embed=lastUnusedOffers).</translation>
    </message>
    <message>
        <source>No agent&apos;s offer was refused.</source>
        <translation>Aucune offre d&apos;agent n&apos;a été refusée.</translation>
    </message>
    <message numerus="yes">
        <source>The last offer of %n agent(s) did not fit:</source>
        <translation>
            <numerusform>La dernière offre de %n agent ne convenait pas&#xa0;:</numerusform>
            <numerusform>La dernière offre de %n agents ne convenait pas&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkAdminParser</name>
    <message>
        <source>the AdminServer answered an error without a text</source>
        <translation>l&apos;AdminServer a signalé une erreur sans texte</translation>
    </message>
</context>
<context>
    <name>ZkCommandTarget</name>
    <message>
        <source>mesosdesk: give --profile or a ZooKeeper URL, not both</source>
        <translation>mesosdesk: donnez --profile ou une URL ZooKeeper, pas les deux</translation>
    </message>
    <message>
        <source>mesosdesk: no profile is called &quot;%1&quot; (%2)</source>
        <translation>mesosdesk: aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>there are no profiles</source>
        <translation>il n&apos;y a aucun profil</translation>
    </message>
    <message>
        <source>mesosdesk: the profile &quot;%1&quot; has no ZooKeeper URL</source>
        <translation>mesosdesk: le profil «&#xa0;%1&#xa0;» n&apos;a pas d&apos;URL ZooKeeper</translation>
    </message>
    <message>
        <source>mesosdesk: invalid ZooKeeper URL &quot;%1&quot;: %2</source>
        <translation>mesosdesk: URL ZooKeeper non valide «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>mesosdesk: a password on the command line is visible to every user of this machine; give zk://%1@… (the password is read from the keychain) or --profile</source>
        <translation>mesosdesk: un mot de passe sur la ligne de commande est visible par tous les utilisateurs de cette machine&#xa0;; donnez zk://%1@… (le mot de passe est lu dans le trousseau) ou --profile</translation>
    </message>
    <message>
        <source>mesosdesk: invalid ZooKeeper URL &quot;%1&quot;</source>
        <translation>mesosdesk: URL ZooKeeper non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation>il n&apos;a pas répondu dans les %1 s</translation>
    </message>
    <message>
        <source>it holds no ZooKeeper password for %1</source>
        <translation>il ne contient aucun mot de passe ZooKeeper pour %1</translation>
    </message>
    <message>
        <source>mesosdesk: the ZooKeeper password cannot be read from the keychain: %1</source>
        <translation>mesosdesk: le mot de passe ZooKeeper ne peut pas être lu dans le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ZkCreateDialog</name>
    <message>
        <source>Stays until it is deleted.</source>
        <translation>Reste jusqu&apos;à sa suppression.</translation>
    </message>
    <message>
        <source>Stays until it is deleted; the server appends a 10-digit sequence number to the name.</source>
        <translation>Reste jusqu&apos;à sa suppression&#xa0;; le serveur ajoute au nom un numéro de séquence à 10 chiffres.</translation>
    </message>
    <message>
        <source>Deleted by the server when this MesosDesk connection&apos;s session ends (closing the window or switching clusters ends it).</source>
        <translation>Supprimé par le serveur à la fin de la session de cette connexion MesosDesk (fermer la fenêtre ou changer de cluster y met fin).</translation>
    </message>
    <message>
        <source>Deleted when this MesosDesk connection&apos;s session ends; the server appends a 10-digit sequence number to the name.</source>
        <translation>Supprimé à la fin de la session de cette connexion MesosDesk&#xa0;; le serveur ajoute au nom un numéro de séquence à 10 chiffres.</translation>
    </message>
    <message>
        <source>The server deletes it some time after its last child is gone (also when it never had one).</source>
        <translation>Le serveur le supprime quelque temps après la disparition de son dernier enfant (même s&apos;il n&apos;en a jamais eu).</translation>
    </message>
    <message>
        <source>New node under %1</source>
        <translation>Nouveau nœud sous %1</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Parent&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Value (text, UTF-8; may be empty):</source>
        <translation>Valeur (texte, UTF-8&#xa0;; peut être vide)&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistant</translation>
    </message>
    <message>
        <source>Persistent, sequential</source>
        <translation>Persistant, séquentiel</translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation>Éphémère</translation>
    </message>
    <message>
        <source>Ephemeral, sequential</source>
        <translation>Éphémère, séquentiel</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
</context>
<context>
    <name>ZkDataFormat</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
</context>
<context>
    <name>ZkEnsembleModel</name>
    <message>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 ms</translation>
    </message>
    <message>
        <source>mntr is not in this server&apos;s 4lw.commands.whitelist, so its watch count is not known.</source>
        <translation>mntr n&apos;est pas dans le 4lw.commands.whitelist de ce serveur&#xa0;: son nombre de watches est donc inconnu.</translation>
    </message>
    <message>
        <source>mntr disabled</source>
        <translation>mntr désactivé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Zxid</source>
        <translation>Zxid</translation>
    </message>
    <message>
        <source>Latency min/avg/max</source>
        <translation>Latence min/moy/max</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Znodes</source>
        <translation>Znodes</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Watches</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>From the AdminServer (JSON).</source>
        <translation>Depuis l&apos;AdminServer (JSON).</translation>
    </message>
    <message>
        <source>AdminServer unreachable (%1): from the four-letter words.</source>
        <translation>AdminServer injoignable (%1)&#xa0;: depuis les commandes à quatre lettres.</translation>
    </message>
</context>
<context>
    <name>ZkEnsembleMonitor</name>
    <message>
        <source>closed without an answer</source>
        <translation>fermé sans réponse</translation>
    </message>
    <message>
        <source>an answer without a mode</source>
        <translation>une réponse sans mode</translation>
    </message>
    <message>
        <source>several servers on one host: one AdminServer port cannot tell them apart</source>
        <translation>plusieurs serveurs sur un même hôte&#xa0;: un seul port AdminServer ne permet pas de les distinguer</translation>
    </message>
    <message>
        <source>HTTP %1 without the AdminServer&apos;s JSON</source>
        <translation>HTTP %1 sans le JSON de l&apos;AdminServer</translation>
    </message>
</context>
<context>
    <name>ZkEnsembleView</name>
    <message>
        <source>No ZooKeeper servers to ask.</source>
        <translation>Aucun serveur ZooKeeper à interroger.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n server(s)…</source>
        <translation>
            <numerusform>Interrogation de %n serveur…</numerusform>
            <numerusform>Interrogation de %n serveurs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) serving</source>
        <translation>
            <numerusform>%1 sur %n serveur en service</numerusform>
            <numerusform>%1 sur %n serveurs en service</numerusform>
        </translation>
    </message>
    <message>
        <source>no leader seen</source>
        <translation>aucun leader vu</translation>
    </message>
    <message>
        <source>leader: %1</source>
        <translation>leader&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quorum holds: %1; %2.</source>
        <translation>Quorum atteint&#xa0;: %1&#xa0;; %2.</translation>
    </message>
    <message>
        <source>No quorum: %1; %2.</source>
        <translation>Pas de quorum&#xa0;: %1&#xa0;; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) refuse even srvr: their mode is unknown, which does not mean they are down.</source>
        <translation>
            <numerusform>%n serveur refuse même srvr&#xa0;: son mode est inconnu, ce qui ne veut pas dire qu&apos;il est arrêté.</numerusform>
            <numerusform>%n serveurs refusent même srvr&#xa0;: leur mode est inconnu, ce qui ne veut pas dire qu&apos;ils sont arrêtés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mntr is not in 4lw.commands.whitelist on %n server(s), so their watch counts are not known (ZooKeeper 3.5.3+ allows only srvr by default).</source>
        <translation>
            <numerusform>mntr n&apos;est pas dans 4lw.commands.whitelist sur %n serveur&#xa0;: son nombre de watches est donc inconnu (ZooKeeper 3.5.3+ n&apos;autorise que srvr par défaut).</numerusform>
            <numerusform>mntr n&apos;est pas dans 4lw.commands.whitelist sur %n serveurs&#xa0;: leurs nombres de watches sont donc inconnus (ZooKeeper 3.5.3+ n&apos;autorise que srvr par défaut).</numerusform>
        </translation>
    </message>
    <message>
        <source>standalone: %1</source>
        <translation>autonome&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answered through the AdminServer (port %1).</source>
        <translation>
            <numerusform>%n serveur a répondu via l&apos;AdminServer (port %1).</numerusform>
            <numerusform>%n serveurs ont répondu via l&apos;AdminServer (port %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AdminServer unreachable on port %1 on %n server(s) (%2): their figures come from the four-letter words.</source>
        <translation>
            <numerusform>AdminServer injoignable sur le port %1 sur %n serveur (%2)&#xa0;: ses chiffres proviennent des commandes à quatre lettres.</numerusform>
            <numerusform>AdminServer injoignable sur le port %1 sur %n serveurs (%2)&#xa0;: leurs chiffres proviennent des commandes à quatre lettres.</numerusform>
        </translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non interrogé</translation>
    </message>
    <message>
        <source>The port of the servers&apos; AdminServer (admin.serverPort). Its JSON is not limited by 4lw.commands.whitelist. 0: ask the four-letter words only.</source>
        <translation>Le port de l&apos;AdminServer des serveurs (admin.serverPort). Son JSON n&apos;est pas limité par 4lw.commands.whitelist. 0&#xa0;: n&apos;interroger que les four-letter words.</translation>
    </message>
    <message>
        <source>&amp;AdminServer port:</source>
        <translation>Port de l&apos;&amp;AdminServer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ZkFourLetterClient</name>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
</context>
<context>
    <name>ZkLeaderWatch</name>
    <message>
        <source>ZooKeeper unreachable for longer than the session timeout</source>
        <translation>ZooKeeper injoignable au-delà du délai d&apos;expiration de session</translation>
    </message>
    <message>
        <source>%1 does not exist in ZooKeeper</source>
        <translation>%1 n&apos;existe pas dans ZooKeeper</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>impossible de lister %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1/%2: %3</source>
        <translation>impossible de lire %1/%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ZkNodeEditor</name>
    <message>
        <source>%1&apos;s node</source>
        <translation>Nœud de %1</translation>
    </message>
    <message>
        <source>%1 is kept by %2. Changing it by hand can break leader election or lose %2&apos;s state. Change it anyway? Type the path to confirm.</source>
        <translation>%1 est géré par %2. Le modifier à la main peut casser l&apos;élection du leader ou faire perdre l&apos;état de %2. Le modifier malgré tout&#xa0;? Tapez le chemin pour confirmer.</translation>
    </message>
    <message>
        <source>Changes are off: allow them first (and turn off read-only).</source>
        <translation>Les modifications sont désactivées&#xa0;: autorisez-les d&apos;abord (et désactivez la lecture seule).</translation>
    </message>
    <message>
        <source>Set value</source>
        <translation>Définir la valeur</translation>
    </message>
    <message>
        <source>Write %1 bytes to %2 (if it is still at version %3)?</source>
        <translation>Écrire %1 octets dans %2 (s&apos;il est toujours à la version %3)&#xa0;?</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Written: %1 is now at version %2.</source>
        <translation>Écrit&#xa0;: %1 est maintenant à la version %2.</translation>
    </message>
    <message>
        <source>You edited version %1; it is now at version %2, modified %3.</source>
        <translation>Vous avez modifié la version %1&#xa0;; il est maintenant à la version %2, modifié %3.</translation>
    </message>
    <message>
        <source>Delete node</source>
        <translation>Supprimer le nœud</translation>
    </message>
    <message>
        <source>Delete %1 (if it is still at version %2)? This cannot be undone.</source>
        <translation>Supprimer %1 (s&apos;il est toujours à la version %2)&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Deleting %1: %2 of %3 node(s)…</source>
        <translation>Suppression de %1&#xa0;: %2 nœud(s) sur %3…</translation>
    </message>
    <message>
        <source>A delete is already running.</source>
        <translation>Une suppression est déjà en cours.</translation>
    </message>
    <message>
        <source>Counting the nodes under %1…</source>
        <translation>Décompte des nœuds sous %1…</translation>
    </message>
    <message>
        <source>Create node</source>
        <translation>Créer un nœud</translation>
    </message>
    <message numerus="yes">
        <source>Create %1 (%2) with %n byte(s) of data?</source>
        <translation>
            <numerusform>Créer %1 (%2) avec %n octet de données&#xa0;?</numerusform>
            <numerusform>Créer %1 (%2) avec %n octets de données&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and everything under it: %n node(s) in %2 level(s), leaves first, each only if it is still at the version just read. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %1 et tout ce qu&apos;il contient&#xa0;: %n nœud sur %2 niveau(x), feuilles d&apos;abord, chacun seulement s&apos;il est toujours à la version qui vient d&apos;être lue. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %1 et tout ce qu&apos;il contient&#xa0;: %n nœuds sur %2 niveau(x), feuilles d&apos;abord, chacun seulement s&apos;il est toujours à la version qui vient d&apos;être lue. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them is ephemeral.</source>
        <translation>Aucun d&apos;entre eux n&apos;est éphémère.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are ephemeral: a live session owns each, and its owner (a Mesos master, Marathon, a scheduler) may act on its disappearance:</source>
        <translation>
            <numerusform>%n d&apos;entre eux est éphémère&#xa0;: une session active le possède, et son propriétaire (un maître Mesos, Marathon, un ordonnanceur) peut réagir à sa disparition&#xa0;:</numerusform>
            <numerusform>%n d&apos;entre eux sont éphémères&#xa0;: une session active possède chacun d&apos;eux, et son propriétaire (un maître Mesos, Marathon, un ordonnanceur) peut réagir à sa disparition&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (session %2: this MesosDesk connection)</source>
        <translation>  %1 (session %2&#xa0;: cette connexion MesosDesk)</translation>
    </message>
    <message>
        <source>  %1 (session %2)</source>
        <translation>  %1 (session %2)</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  et %n autre</numerusform>
            <numerusform>  et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete subtree</source>
        <translation>Supprimer le sous-arbre</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the nodes under %1… %2 so far</source>
        <translation>Décompte des nœuds sous %1… %2 jusqu&apos;ici</translation>
    </message>
</context>
<context>
    <name>ZkNodeMeaning</name>
    <message>
        <source>Marathon app definitions, by app id and version.</source>
        <translation>Définitions d&apos;applications Marathon, par ID d&apos;application et version.</translation>
    </message>
    <message>
        <source>Marathon pod definitions, by pod id and version.</source>
        <translation>Définitions de pods Marathon, par ID de pod et version.</translation>
    </message>
    <message>
        <source>Marathon&apos;s group tree (the root group and its versions).</source>
        <translation>Arbre des groupes de Marathon (le groupe racine et ses versions).</translation>
    </message>
    <message>
        <source>Marathon deployment plans in progress.</source>
        <translation>Plans de déploiement Marathon en cours.</translation>
    </message>
    <message>
        <source>Marathon instances (the tasks it launched, Marathon 1.4+).</source>
        <translation>Instances Marathon (les tâches qu&apos;il a lancées, Marathon 1.4+).</translation>
    </message>
    <message>
        <source>Marathon tasks (before 1.4).</source>
        <translation>Tâches Marathon (avant la 1.4).</translation>
    </message>
    <message>
        <source>The last task failure of each app.</source>
        <translation>Le dernier échec de tâche de chaque application.</translation>
    </message>
    <message>
        <source>The Mesos framework id Marathon registered with.</source>
        <translation>L&apos;ID de framework Mesos avec lequel Marathon s&apos;est enregistré.</translation>
    </message>
    <message>
        <source>HTTP callback subscribers of Marathon&apos;s event bus.</source>
        <translation>Abonnés par callback HTTP au bus d&apos;événements de Marathon.</translation>
    </message>
    <message>
        <source>The storage version Marathon migrated its state to.</source>
        <translation>La version de stockage vers laquelle Marathon a migré son état.</translation>
    </message>
    <message>
        <source>Mesos masters</source>
        <translation>Maîtres Mesos</translation>
    </message>
    <message>
        <source>Each master holds an ephemeral sequential member here; the lowest sequence leads. log_replicas holds the replicated log.</source>
        <translation>Chaque maître détient ici un membre éphémère séquentiel&#xa0;; la plus petite séquence est leader. log_replicas contient le journal répliqué.</translation>
    </message>
    <message>
        <source>Mesos replicated log</source>
        <translation>Journal répliqué Mesos</translation>
    </message>
    <message>
        <source>The registry&apos;s replicas: one ephemeral member per master&apos;s log replica, holding its process id.</source>
        <translation>Les réplicas du registre&#xa0;: un membre éphémère par réplica du journal d&apos;un maître, contenant son ID de processus.</translation>
    </message>
    <message>
        <source>Mesos log replica</source>
        <translation>Réplica du journal Mesos</translation>
    </message>
    <message>
        <source>One replica of the masters&apos; replicated log.</source>
        <translation>Un réplica du journal répliqué des maîtres.</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>ID de processus</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s root: leader-curator (its leader election), leader (the election before 1.2) and state (its persistent store).</source>
        <translation>Racine de Marathon&#xa0;: leader-curator (son élection du leader), leader (l&apos;élection avant la 1.2) et state (son stockage persistant).</translation>
    </message>
    <message>
        <source>Marathon leader election</source>
        <translation>Élection du leader Marathon</translation>
    </message>
    <message>
        <source>Curator&apos;s LeaderLatch: one ephemeral sequential member per Marathon instance, holding its host:port; the lowest sequence leads.</source>
        <translation>LeaderLatch de Curator&#xa0;: un membre éphémère séquentiel par instance Marathon, contenant son host:port&#xa0;; la plus petite séquence est leader.</translation>
    </message>
    <message>
        <source>Marathon leader election (before 1.2)</source>
        <translation>Élection du leader Marathon (avant la 1.2)</translation>
    </message>
    <message>
        <source>Members member_&lt;sequence&gt; holding host:port; read only while leader-curator has none.</source>
        <translation>Membres member_&lt;sequence&gt; contenant host:port&#xa0;; lus seulement tant que leader-curator n&apos;en a aucun.</translation>
    </message>
    <message>
        <source>Marathon state</source>
        <translation>État de Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s persistent store (apps, groups, deployments, instances, framework id), written by the leader only.</source>
        <translation>Stockage persistant de Marathon (applications, groupes, déploiements, instances, ID de framework), écrit par le leader seul.</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s own nodes: quotas and the ensemble&apos;s configuration.</source>
        <translation>Nœuds propres à ZooKeeper&#xa0;: quotas et configuration de l&apos;ensemble.</translation>
    </message>
    <message>
        <source>ZooKeeper quotas</source>
        <translation>Quotas ZooKeeper</translation>
    </message>
    <message>
        <source>Quota limits and usage set with setquota.</source>
        <translation>Limites et usage des quotas définis avec setquota.</translation>
    </message>
    <message>
        <source>ZooKeeper configuration</source>
        <translation>Configuration ZooKeeper</translation>
    </message>
    <message>
        <source>The ensemble&apos;s dynamic configuration (server list).</source>
        <translation>La configuration dynamique de l&apos;ensemble (liste des serveurs).</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Mesos master (MasterInfo, JSON)</source>
        <translation>Maître Mesos (MasterInfo, JSON)</translation>
    </message>
    <message>
        <source>Mesos master (MasterInfo, protobuf, Mesos 0.20-0.23)</source>
        <translation>Maître Mesos (MasterInfo, protobuf, Mesos 0.20-0.23)</translation>
    </message>
    <message>
        <source>Mesos master (process id, before Mesos 0.20)</source>
        <translation>Maître Mesos (id de processus, avant Mesos 0.20)</translation>
    </message>
    <message>
        <source>An ephemeral member of the masters&apos; election; it has the lowest sequence, so this master leads.</source>
        <translation>Un membre éphémère de l&apos;élection des maîtres&#xa0;; il a la plus petite séquence, donc ce maître est le leader.</translation>
    </message>
    <message>
        <source>An ephemeral member of the masters&apos; election; a lower sequence exists, so this master is a standby.</source>
        <translation>Un membre éphémère de l&apos;élection des maîtres&#xa0;; une séquence plus petite existe, donc ce maître est de secours.</translation>
    </message>
    <message>
        <source>Cannot decode: %1</source>
        <translation>Impossible de décoder&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>leading master</source>
        <translation>maître leader</translation>
    </message>
    <message>
        <source>standby master</source>
        <translation>maître de secours</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Marathon instance (leader latch member)</source>
        <translation>Instance Marathon (membre du leader latch)</translation>
    </message>
    <message>
        <source>An ephemeral member of Marathon&apos;s leader election; it has the lowest sequence, so this instance leads.</source>
        <translation>Un membre éphémère de l&apos;élection du leader de Marathon&#xa0;; il a la plus petite séquence, donc cette instance est leader.</translation>
    </message>
    <message>
        <source>An ephemeral member of Marathon&apos;s leader election; a lower sequence exists, so this instance is a standby.</source>
        <translation>Un membre éphémère de l&apos;élection du leader de Marathon&#xa0;; une séquence plus petite existe, donc cette instance est de secours.</translation>
    </message>
    <message>
        <source>leading instance</source>
        <translation>instance leader</translation>
    </message>
    <message>
        <source>standby instance</source>
        <translation>instance de secours</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Part of Marathon&apos;s persistent store, written by the leader.</source>
        <translation>Partie du stockage persistant de Marathon, écrite par le leader.</translation>
    </message>
    <message>
        <source>Marathon state: %1</source>
        <translation>État de Marathon&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ZkNodePane</name>
    <message>
        <source>0 (never set)</source>
        <translation>0 (jamais défini)</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Stat and ACL</source>
        <translation>Stat et ACL</translation>
    </message>
    <message>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>Fetch value</source>
        <translation>Récupérer la valeur</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>This node was deleted.</source>
        <translation>Ce nœud a été supprimé.</translation>
    </message>
    <message>
        <source>Select a node to see its data and Stat.</source>
        <translation>Sélectionnez un nœud pour voir ses données et son Stat.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Cannot read the ACL: %1</source>
        <translation>Impossible de lire l&apos;ACL&#xa0;: %1</translation>
    </message>
    <message>
        <source>This node does not exist (any more).</source>
        <translation>Ce nœud n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Cannot read the node: %1</source>
        <translation>Impossible de lire le nœud&#xa0;: %1</translation>
    </message>
    <message>
        <source>The value is %1 bytes, more than %2 bytes: fetch it on request.</source>
        <translation>La valeur fait %1 octets, plus de %2 octets&#xa0;: récupérez-la à la demande.</translation>
    </message>
    <message>
        <source>Not allowed to read this value (ZNOAUTH): the node&apos;s ACL does not grant this session read. Connect with digest credentials that it allows.</source>
        <translation>Lecture de cette valeur non autorisée (ZNOAUTH)&#xa0;: l&apos;ACL du nœud n&apos;accorde pas la lecture à cette session. Connectez-vous avec des identifiants digest qu&apos;elle autorise.</translation>
    </message>
    <message>
        <source>Cannot read the value: %1</source>
        <translation>Impossible de lire la valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (ephemeral: goes with that session)</source>
        <translation>%1 (éphémère&#xa0;: disparaît avec cette session)</translation>
    </message>
    <message>
        <source>0x0 (persistent)</source>
        <translation>0x0 (persistant)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Formatting %1 bytes…</source>
        <translation>Mise en forme de %1 octets…</translation>
    </message>
    <message>
        <source>Partial value: %1 of %2 bytes were read; this is not the whole value.</source>
        <translation>Valeur partielle&#xa0;: %1 octets sur %2 ont été lus&#xa0;; ce n&apos;est pas la valeur entière.</translation>
    </message>
    <message>
        <source>No data (0 bytes).</source>
        <translation>Aucune donnée (0 octet).</translation>
    </message>
    <message>
        <source>%1 bytes, shown as %2.</source>
        <translation>%1 octets, affichés en %2.</translation>
    </message>
</context>
<context>
    <name>ZkRecursiveDelete</name>
    <message>
        <source>Stopped while counting the nodes; nothing was deleted.</source>
        <translation>Arrêté pendant le décompte des nœuds&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>The subtree has more than %1 nodes. MesosDesk deletes at most that many at once, so that one confirmation never covers more than it can show; nothing was deleted. Delete its parts one at a time.</source>
        <translation>Le sous-arbre compte plus de %1 nœuds. MesosDesk en supprime au plus autant à la fois, pour qu&apos;une confirmation ne couvre jamais plus que ce qu&apos;elle peut afficher&#xa0;; rien n&apos;a été supprimé. Supprimez-en les parties une à une.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) cannot be read with this session&apos;s credentials (ZNOAUTH), for example %1: what is under them is unknown, so nothing was deleted.</source>
        <translation>
            <numerusform>%n nœud ne peut pas être lu avec les identifiants de cette session (ZNOAUTH), par exemple %1&#xa0;: ce qu&apos;il contient est inconnu, donc rien n&apos;a été supprimé.</numerusform>
            <numerusform>%n nœuds ne peuvent pas être lus avec les identifiants de cette session (ZNOAUTH), par exemple %1&#xa0;: ce qu&apos;ils contiennent est inconnu, donc rien n&apos;a été supprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 and everything under it: %n node(s).</source>
        <translation>
            <numerusform>%1 et tout ce qu&apos;il contient supprimés&#xa0;: %n nœud.</numerusform>
            <numerusform>%1 et tout ce qu&apos;il contient supprimés&#xa0;: %n nœuds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had already been deleted by another client.</source>
        <translation>
            <numerusform>%n d&apos;entre eux avait déjà été supprimé par un autre client.</numerusform>
            <numerusform>%n d&apos;entre eux avaient déjà été supprimés par un autre client.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Arrêté à la demande.</translation>
    </message>
    <message>
        <source>The ZooKeeper session ended.</source>
        <translation>La session ZooKeeper a pris fin.</translation>
    </message>
    <message>
        <source>%1 got a new child after it was counted (another client created it); the delete stopped there.</source>
        <translation>%1 a reçu un nouvel enfant après le décompte (un autre client l&apos;a créé)&#xa0;; la suppression s&apos;est arrêtée là.</translation>
    </message>
    <message>
        <source>%1 changed after it was counted (another client wrote it); the delete stopped there.</source>
        <translation>%1 a changé après le décompte (un autre client l&apos;a écrit)&#xa0;; la suppression s&apos;est arrêtée là.</translation>
    </message>
    <message>
        <source>It was at version %1 and is now at version %2, modified %3.</source>
        <translation>Il était à la version %1 et est maintenant à la version %2, modifié %3.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted (%n node(s) remain).</source>
        <translation>
            <numerusform>Rien n&apos;a été supprimé (%n nœud reste).</numerusform>
            <numerusform>Rien n&apos;a été supprimé (%n nœuds restent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Already deleted (%1 of %2): %3.</source>
        <translation>Déjà supprimés (%1 sur %2)&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>ZkServerReport</name>
    <message>
        <source>asking…</source>
        <translation>interrogation…</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>not serving (no quorum)</source>
        <translation>hors service (pas de quorum)</translation>
    </message>
    <message>
        <source>four-letter words disabled</source>
        <translation>commandes à quatre lettres désactivées</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
</context>
<context>
    <name>ZkSession</name>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>session expirée</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>échec de l&apos;authentification</translation>
    </message>
</context>
<context>
    <name>ZkStatusCommand</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>ZkSubtreeExportJob</name>
    <message numerus="yes">
        <source>Exported %n node(s) of %1 to %2</source>
        <translation>
            <numerusform>%n nœud de %1 exporté vers %2</numerusform>
            <numerusform>%n nœuds de %1 exportés vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source> (incomplete: the file says why)</source>
        <translation> (incomplet&#xa0;: le fichier indique pourquoi)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ZkSubtreeSearch</name>
    <message>
        <source>Find paths under the selected node (Enter)</source>
        <translation>Chercher des chemins sous le nœud sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Type part of a path to find it.</source>
        <translation>Saisissez une partie d&apos;un chemin pour le trouver.</translation>
    </message>
    <message>
        <source>Searching under %1…</source>
        <translation>Recherche sous %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) under %1</source>
        <translation>
            <numerusform>%n résultat sous %1</numerusform>
            <numerusform>%n résultats sous %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) searched</source>
        <translation>
            <numerusform>%n nœud parcouru</numerusform>
            <numerusform>%n nœuds parcourus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n listed</source>
        <translation>
            <numerusform>le premier %n affiché</numerusform>
            <numerusform>les %n premiers affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped at %n nodes: select a deeper node to search the rest</source>
        <translation>
            <numerusform>arrêté à %n nœud&#xa0;: sélectionnez un nœud plus profond pour chercher le reste</numerusform>
            <numerusform>arrêté à %n nœuds&#xa0;: sélectionnez un nœud plus profond pour chercher le reste</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) not readable with these credentials</source>
        <translation>
            <numerusform>%n nœud illisible avec ces identifiants</numerusform>
            <numerusform>%n nœuds illisibles avec ces identifiants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkSubtreeWalk</name>
    <message>
        <source>Not connected to ZooKeeper.</source>
        <translation>Non connecté à ZooKeeper.</translation>
    </message>
    <message>
        <source>The ZooKeeper session ended.</source>
        <translation>La session ZooKeeper a pris fin.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Échec de la lecture de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ZkTreeModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>ZkUrl</name>
    <message>
        <source>the ZooKeeper URL is empty</source>
        <translation>l&apos;URL ZooKeeper est vide</translation>
    </message>
    <message>
        <source>a ZooKeeper URL starts with zk://, e.g. zk://host1:2181,host2:2181/mesos</source>
        <translation>une URL ZooKeeper commence par zk://, p. ex. zk://host1:2181,host2:2181/mesos</translation>
    </message>
    <message>
        <source>credentials must be written as user:password@</source>
        <translation>les identifiants s&apos;écrivent user:password@</translation>
    </message>
    <message>
        <source>the password after &quot;%1:&quot; is empty</source>
        <translation>le mot de passe après «&#xa0;%1:&#xa0;» est vide</translation>
    </message>
    <message>
        <source>no ZooKeeper host is given</source>
        <translation>aucun hôte ZooKeeper n&apos;est indiqué</translation>
    </message>
    <message>
        <source>the URL has no znode path, e.g. zk://%1/mesos</source>
        <translation>l&apos;URL n&apos;a pas de chemin de znode, p. ex. zk://%1/mesos</translation>
    </message>
    <message>
        <source>invalid znode path &quot;%1&quot;</source>
        <translation>chemin de znode non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid character in znode path &quot;%1&quot;</source>
        <translation>caractère non valide dans le chemin de znode «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a znode name in &quot;%1&quot; begins or ends with a space</source>
        <translation>un nom de znode dans «&#xa0;%1&#xa0;» commence ou finit par une espace</translation>
    </message>
    <message>
        <source>empty host in the host list</source>
        <translation>hôte vide dans la liste des hôtes</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; in host &quot;%1&quot;</source>
        <translation>&apos;[&apos; non fermé dans l&apos;hôte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in host &quot;%1&quot;</source>
        <translation>texte inattendu après &apos;]&apos; dans l&apos;hôte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in brackets is not an IPv6 address</source>
        <translation>&quot;%1&quot; entre crochets n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>IPv6 address &quot;%1&quot; must be written in brackets</source>
        <translation>l&apos;adresse IPv6 &quot;%1&quot; doit être écrite entre crochets</translation>
    </message>
    <message>
        <source>missing host name before &apos;:%1&apos;</source>
        <translation>nom d&apos;hôte manquant avant &apos;:%1&apos;</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in host &quot;%2&quot;</source>
        <translation>caractère invalide &apos;%1&apos; dans l&apos;hôte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>missing port after &apos;:&apos; in &quot;%1&quot;</source>
        <translation>port manquant après &apos;:&apos; dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; (expected 1-65535)</source>
        <translation>port invalide &quot;%1&quot; (attendu 1-65535)</translation>
    </message>
    <message>
        <source>ZooKeeper over TLS is not supported by this build: its ZooKeeper C client (Debian&apos;s 3.8) has no TLS. Use the ensemble&apos;s plain client port, with digest credentials (zk://user:password@host:2181/path) if it needs them.</source>
        <translation>ZooKeeper sur TLS n&apos;est pas pris en charge par cette version&#xa0;: son client C ZooKeeper (le 3.8 de Debian) n&apos;a pas TLS. Utilisez le port client ordinaire de l&apos;ensemble, avec des identifiants digest (zk://user:password@host:2181/path) s&apos;il en demande.</translation>
    </message>
    <message>
        <source>ZooKeeper SASL (Kerberos) authentication is not supported by this build: its ZooKeeper C client (Debian&apos;s 3.8) has no SASL. Digest credentials (zk://user:password@host:2181/path) work.</source>
        <translation>L&apos;authentification SASL (Kerberos) de ZooKeeper n&apos;est pas prise en charge par cette version&#xa0;: son client C ZooKeeper (le 3.8 de Debian) n&apos;a pas SASL. Les identifiants digest (zk://user:password@host:2181/path) fonctionnent.</translation>
    </message>
    <message>
        <source>unknown ZooKeeper URL option &quot;%1&quot;</source>
        <translation>option d&apos;URL ZooKeeper inconnue &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ZkWritePolicy</name>
    <message>
        <source>Value too large for the server (about 1 MiB): %1 bytes. ZooKeeper&apos;s jute.maxbuffer limits a request to 1,048,575 bytes; nothing was written.</source>
        <translation>Valeur trop grande pour le serveur (environ 1 MiB)&#xa0;: %1 octets. Le jute.maxbuffer de ZooKeeper limite une requête à 1 048 575 octets&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The node changed since it was read (another client wrote it); nothing was written.</source>
        <translation>Le nœud a changé depuis sa lecture (un autre client l&apos;a écrit)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Not allowed (ZNOAUTH): the node&apos;s ACL does not grant this session that permission.</source>
        <translation>Non autorisé (ZNOAUTH)&#xa0;: l&apos;ACL du nœud n&apos;accorde pas cette permission à cette session.</translation>
    </message>
    <message>
        <source>The node does not exist any more.</source>
        <translation>Le nœud n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A node with that name already exists.</source>
        <translation>Un nœud portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>ZooKeeper refused: %1</source>
        <translation>ZooKeeper a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The node has children now (created since it was read); nothing was deleted.</source>
        <translation>Le nœud a maintenant des enfants (créés depuis sa lecture)&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Enter a name for the new node.</source>
        <translation>Saisissez un nom pour le nouveau nœud.</translation>
    </message>
    <message>
        <source>A name is one path segment: it cannot contain &apos;/&apos;.</source>
        <translation>Un nom est un seul segment de chemin&#xa0;: il ne peut pas contenir «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; are not allowed as node names.</source>
        <translation>«&#xa0;.&#xa0;» et «&#xa0;..&#xa0;» ne sont pas autorisés comme noms de nœud.</translation>
    </message>
    <message>
        <source>The name contains a control or reserved character that ZooKeeper refuses.</source>
        <translation>Le nom contient un caractère de contrôle ou réservé que ZooKeeper refuse.</translation>
    </message>
    <message>
        <source>%1 already exists (ZNODEEXISTS); nothing was created.</source>
        <translation>%1 existe déjà (ZNODEEXISTS)&#xa0;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>The parent %1 does not exist any more (deleted meanwhile); nothing was created.</source>
        <translation>Le parent %1 n&apos;existe plus (supprimé entre-temps)&#xa0;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Not allowed (ZNOAUTH): the ACL of %1 does not grant this session the create permission.</source>
        <translation>Non autorisé (ZNOAUTH)&#xa0;: l&apos;ACL de %1 n&apos;accorde pas la permission de création à cette session.</translation>
    </message>
    <message>
        <source>%1 is ephemeral, and an ephemeral node cannot have children.</source>
        <translation>%1 est éphémère, et un nœud éphémère ne peut pas avoir d&apos;enfants.</translation>
    </message>
    <message>
        <source>The root node cannot be deleted.</source>
        <translation>Le nœud racine ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>/zookeeper holds ZooKeeper&apos;s own quota and configuration nodes; they are not deleted from here.</source>
        <translation>/zookeeper contient les nœuds de quota et de configuration propres à ZooKeeper&#xa0;; ils ne sont pas supprimés d&apos;ici.</translation>
    </message>
</context>
<context>
    <name>ZooKeeperPage</name>
    <message>
        <source>Tree from:</source>
        <translation>Arbre depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Allow changes</source>
        <translation>Autoriser les modifications</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Modifier la valeur…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy value as shown</source>
        <translation>Copier la valeur telle qu&apos;affichée</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>Not connected. Connect to a cluster by its ZooKeeper URL (zk://…) to explore its ZooKeeper.</source>
        <translation>Non connecté. Connectez-vous à un cluster par son URL ZooKeeper (zk://…) pour explorer son ZooKeeper.</translation>
    </message>
    <message>
        <source>This connection goes straight to a master URL, so there is no ZooKeeper to explore. Connect with the cluster&apos;s ZooKeeper URL (zk://host:2181/mesos) to browse it and see the ensemble&apos;s health.</source>
        <translation>Cette connexion passe directement par une URL de maître&#xa0;: il n&apos;y a donc pas de ZooKeeper à explorer. Connectez-vous avec l&apos;URL ZooKeeper du cluster (zk://host:2181/mesos) pour le parcourir et voir la santé de l&apos;ensemble.</translation>
    </message>
    <message>
        <source>/ (the whole tree)</source>
        <translation>/ (l&apos;arbre entier)</translation>
    </message>
    <message>
        <source>ZooKeeper: %1</source>
        <translation>ZooKeeper&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection is read-only (File → Read-only).</source>
        <translation>La connexion est en lecture seule (Fichier → Lecture seule).</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Export subtree as JSON…</source>
        <translation>Exporter le sous-arbre en JSON…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>New node…</source>
        <translation>Nouveau nœud…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Delete this node and everything under it (counted first, then confirmed).</source>
        <translation>Supprimer ce nœud et tout ce qu&apos;il contient (décompte d&apos;abord, puis confirmation).</translation>
    </message>
    <message>
        <source>Changes are off: tick Allow changes first.</source>
        <translation>Les modifications sont désactivées&#xa0;: cochez d&apos;abord Autoriser les modifications.</translation>
    </message>
    <message>
        <source>Select the node to create the new node under.</source>
        <translation>Sélectionnez le nœud sous lequel créer le nouveau nœud.</translation>
    </message>
    <message>
        <source>The selected node is ephemeral, and an ephemeral node cannot have children.</source>
        <translation>Le nœud sélectionné est éphémère, et un nœud éphémère ne peut pas avoir d&apos;enfants.</translation>
    </message>
    <message>
        <source>Create a child of %1.</source>
        <translation>Créer un enfant de %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop console for Apache Mesos and Marathon clusters.</source>
        <translation>Une console de bureau pour les clusters Apache Mesos et Marathon.</translation>
    </message>
    <message>
        <source>Connect to the cluster behind this ZooKeeper URL (zk://host:2181/mesos).</source>
        <translation>Se connecter au cluster derrière cette URL ZooKeeper (zk://host:2181/mesos).</translation>
    </message>
    <message>
        <source>Connect to this Mesos master URL (http://host:5050).</source>
        <translation>Se connecter à cette URL de maître Mesos (http://host:5050).</translation>
    </message>
    <message>
        <source>Print Marathon&apos;s leader as host:port and exit.</source>
        <translation>Afficher le leader Marathon sous la forme host:port et quitter.</translation>
    </message>
    <message>
        <source>Print each ZooKeeper server&apos;s mode, zxid and latency; exit 0 when a quorum serves.</source>
        <translation>Afficher le mode, le zxid et la latence de chaque serveur ZooKeeper&#xa0;; quitter avec 0 quand un quorum est en service.</translation>
    </message>
    <message>
        <source>Seconds to wait for a leader when resolving (default 10).</source>
        <translation>Secondes d&apos;attente d&apos;un leader lors de la résolution (10 par défaut).</translation>
    </message>
    <message>
        <source>User interface language (e.g. de).</source>
        <translation>Langue de l&apos;interface (p. ex. de).</translation>
    </message>
    <message>
        <source>Save a picture of the window to this file, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans ce fichier, puis quitter.</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot (default 1500).</source>
        <translation>Millisecondes d&apos;attente avant la capture (1500 par défaut).</translation>
    </message>
    <message>
        <source>mesosdesk: --timeout takes a positive number of seconds</source>
        <translation>mesosdesk: --timeout attend un nombre positif de secondes</translation>
    </message>
    <message>
        <source>give --profile or a URL, not both</source>
        <translation>donnez --profile ou une URL, pas les deux</translation>
    </message>
    <message>
        <source>give --zk or --master, not both</source>
        <translation>donnez --zk ou --master, pas les deux</translation>
    </message>
    <message>
        <source>--zk takes a ZooKeeper URL (zk://host:2181/mesos)</source>
        <translation>--zk attend une URL ZooKeeper (zk://host:2181/mesos)</translation>
    </message>
    <message>
        <source>--master takes a master URL (http://host:5050)</source>
        <translation>--master attend une URL de maître (http://host:5050)</translation>
    </message>
    <message>
        <source>mesosdesk: cannot connect to &quot;%1&quot;: %2</source>
        <translation>mesosdesk: connexion impossible à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>mesosdesk: no profile is called &quot;%1&quot; (%2)</source>
        <translation>mesosdesk: aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>there are no profiles</source>
        <translation>il n&apos;y a aucun profil</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark (the View menu&apos;s choice is kept).</source>
        <translation>Couleurs pour cette exécution&#xa0;: system, light ou dark (le choix du menu Affichage est conservé).</translation>
    </message>
    <message>
        <source>mesosdesk: --theme takes system, light or dark</source>
        <translation>mesosdesk: --theme attend system, light ou dark</translation>
    </message>
    <message>
        <source>Print the leading Mesos master as host:port and exit (of this ZooKeeper URL, or of --profile).</source>
        <translation>Afficher le maître Mesos leader sous la forme host:port et quitter (de cette URL ZooKeeper, ou de --profile).</translation>
    </message>
    <message>
        <source>Open the cluster of this saved profile (its name); with --resolve or --zk-status, ask its ZooKeeper.</source>
        <translation>Ouvrir le cluster de ce profil enregistré (son nom)&#xa0;; avec --resolve ou --zk-status, interroger son ZooKeeper.</translation>
    </message>
    <message>
        <source>With --zk: the leaders ZooKeeper names serve HTTPS.</source>
        <translation>Avec --zk&#xa0;: les leaders que nomme ZooKeeper servent HTTPS.</translation>
    </message>
    <message>
        <source>--https goes with --zk (a master URL says https:// itself)</source>
        <translation>--https va avec --zk (une URL de maître indique https:// elle-même)</translation>
    </message>
</context>
</TS>
