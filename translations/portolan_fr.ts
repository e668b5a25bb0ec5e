<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddElementsEdit</name>
    <message numerus="yes">
        <source>Add %n element(s)</source>
        <translation>
            <numerusform>Ajouter %n élément</numerusform>
            <numerusform>Ajouter %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressList</name>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; ne commence pas par une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>&apos;%1&apos; spans more than the last %2; write it as several ranges</source>
        <translation>&apos;%1&apos; s&apos;étend au-delà de la dernière position (%2) ; écrivez-le sous forme de plusieurs plages</translation>
    </message>
    <message>
        <source>octet</source>
        <translation>octet</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range: write 10.0.0.11-13 or 10.0.0.11-10.0.0.13</source>
        <translation>&apos;%1&apos; n&apos;est pas une plage : écrivez 10.0.0.11-13 ou 10.0.0.11-10.0.0.13</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range: write 2001:db8::a-1f or 2001:db8::a-2001:db8::1f</source>
        <translation>&apos;%1&apos; n&apos;est pas une plage : écrivez 2001:db8::a-1f ou 2001:db8::a-2001:db8::1f</translation>
    </message>
    <message>
        <source>&apos;%1&apos; runs backwards: the end is below the start</source>
        <translation>&apos;%1&apos; est à l&apos;envers : la fin est inférieure au début</translation>
    </message>
    <message>
        <source>&apos;%1&apos; makes more than %2 addresses in one field</source>
        <translation>&apos;%1&apos; donne plus de %2 adresses dans un seul champ</translation>
    </message>
    <message>
        <source>more than %1 addresses in one field</source>
        <translation>plus de %1 adresses dans un seul champ</translation>
    </message>
</context>
<context>
    <name>AddressMap</name>
    <message>
        <source>address map &apos;%1&apos; must look like 192.0.2.10=127.0.0.2 or 192.0.2.0/24=127.0.2.0/24</source>
        <translation>la correspondance d&apos;adresses &apos;%1&apos; doit avoir la forme 192.0.2.10=127.0.0.2 ou 192.0.2.0/24=127.0.2.0/24</translation>
    </message>
    <message>
        <source>address map &apos;%1&apos; has an address that cannot be read</source>
        <translation>la correspondance d&apos;adresses &apos;%1&apos; contient une adresse illisible</translation>
    </message>
    <message>
        <source>address map &apos;%1&apos; must map a network onto one of the same size and family</source>
        <translation>la correspondance d&apos;adresses &apos;%1&apos; doit associer un réseau à un réseau de même taille et de même famille</translation>
    </message>
    <message>
        <source>address map &apos;%1&apos;: IPv6 maps take single addresses</source>
        <translation>correspondance d&apos;adresses &apos;%1&apos; : les correspondances IPv6 n&apos;acceptent que des adresses uniques</translation>
    </message>
</context>
<context>
    <name>AdminFlows</name>
    <message>
        <source>&apos;%1&apos; is an admin port; only admin clients or trusted networks may reach it</source>
        <translation>&apos;%1&apos; est un port d&apos;administration ; seuls les clients d&apos;administration ou les réseaux de confiance peuvent l&apos;atteindre</translation>
    </message>
</context>
<context>
    <name>ApplyLayoutEdit</name>
    <message>
        <source>Auto layout</source>
        <translation>Disposition automatique</translation>
    </message>
</context>
<context>
    <name>AuditProbeLister</name>
    <message>
        <source>flow %1 → %2 (%3)</source>
        <translation>flux %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2) is not planned to be reachable from %3</source>
        <translation>%1 (%2) n&apos;est pas prévu pour être joignable depuis %3</translation>
    </message>
    <message>
        <source>listener %1/%2 is not planned to be reachable from %3</source>
        <translation>l&apos;écouteur %1/%2 n&apos;est pas prévu pour être joignable depuis %3</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Audit from zone &apos;%1&apos;%2
</source>
        <translation>Audit depuis la zone &apos;%1&apos;%2
</translation>
    </message>
    <message>
        <source> (stopped before the end)</source>
        <translation> (arrêté avant la fin)</translation>
    </message>
    <message>
        <source>tls      %1  certificate &apos;%2&apos;, expires %3
</source>
        <translation>tls      %1  certificat &apos;%2&apos;, expire le %3
</translation>
    </message>
    <message>
        <source>%1 probed: %2 as planned, %3 unexpectedly open, %4 expected open but closed or filtered, %5 answering differently, %6 undetermined
</source>
        <translation>%1 sondés : %2 conformes au plan, %3 ouverts de manière inattendue, %4 attendus ouverts mais fermés ou filtrés, %5 répondant différemment, %6 indéterminés
</translation>
    </message>
</context>
<context>
    <name>Auditor</name>
    <message>
        <source>not finished: the audit was stopped</source>
        <translation>non terminé : l&apos;audit a été arrêté</translation>
    </message>
    <message>
        <source>not probed: the audit was stopped</source>
        <translation>non sondé : l&apos;audit a été arrêté</translation>
    </message>
</context>
<context>
    <name>AwsCliExporter</name>
    <message>
        <source>Input for aws ec2 revoke-security-group-egress: removes the default allow-all egress of the new group %1 (replace %2 with its id)</source>
        <translation>Entrée pour aws ec2 revoke-security-group-egress : supprime la sortie « tout autoriser » par défaut du nouveau groupe %1 (remplacez %2 par son identifiant)</translation>
    </message>
    <message>
        <source>Input for aws ec2 authorize-security-group-ingress --cli-input-json for %1 (replace every REPLACE-WITH-ID-OF-... with the group&apos;s id)</source>
        <translation>Entrée pour aws ec2 authorize-security-group-ingress --cli-input-json pour %1 (remplacez chaque REPLACE-WITH-ID-OF-... par l&apos;identifiant du groupe)</translation>
    </message>
    <message>
        <source>Input for aws ec2 authorize-security-group-egress --cli-input-json for %1 (replace every REPLACE-WITH-ID-OF-... with the group&apos;s id)</source>
        <translation>Entrée pour aws ec2 authorize-security-group-egress --cli-input-json pour %1 (remplacez chaque REPLACE-WITH-ID-OF-... par l&apos;identifiant du groupe)</translation>
    </message>
    <message>
        <source>AWS security group rules (AWS CLI JSON)</source>
        <translation>Règles des groupes de sécurité AWS (JSON AWS CLI)</translation>
    </message>
</context>
<context>
    <name>AwsCloudFormationExporter</name>
    <message>
        <source>The template would hold %1 resources; CloudFormation takes at most %2 per stack. Use the Terraform export or merge rules in the plan.</source>
        <translation>Le modèle contiendrait %1 ressources ; CloudFormation en accepte au plus %2 par pile. Utilisez l&apos;export Terraform ou fusionnez des règles dans le plan.</translation>
    </message>
    <message>
        <source>AWS security groups and their rules as a CloudFormation template</source>
        <translation>Groupes de sécurité AWS et leurs règles sous forme de modèle CloudFormation</translation>
    </message>
    <message>
        <source>AWS security groups (CloudFormation)</source>
        <translation>Groupes de sécurité AWS (CloudFormation)</translation>
    </message>
</context>
<context>
    <name>AwsCloudFormationNetwork</name>
    <message>
        <source>AWS network ACLs of the boundary firewalls&apos; subnets (stateless: with return entries for the ephemeral ports %1-%2) and NAT gateways as a CloudFormation template of its own, deployed as a second stack; parameters SubnetId... name the subnets</source>
        <translation>ACL réseau AWS des sous-réseaux des pare-feu périmétriques (sans état : avec des entrées de retour pour les ports éphémères %1-%2) et passerelles NAT sous forme d&apos;un modèle CloudFormation distinct, déployé comme seconde pile ; les paramètres SubnetId... désignent les sous-réseaux</translation>
    </message>
</context>
<context>
    <name>AwsNetworkResources</name>
    <message>
        <source>%1 guards the AWS zone %2, which has no subnet zone: network ACLs attach to subnets, so none was generated for it.</source>
        <translation>%1 protège la zone AWS %2, qui n&apos;a pas de zone de sous-réseau : les ACL réseau s&apos;associent à des sous-réseaux, aucune n&apos;a donc été générée pour elle.</translation>
    </message>
    <message>
        <source>A rule of %1 names no addresses a network ACL can allow (it refers to %2).</source>
        <translation>Une règle de %1 ne désigne aucune adresse qu&apos;une ACL réseau puisse autoriser (elle fait référence à %2).</translation>
    </message>
    <message>
        <source>The network ACL of %1 on subnet %2 needs %3 entries in one direction and IP family (return traffic included); AWS allows at most %4. Merge sources or port ranges in the plan, or use security groups for this traffic.</source>
        <translation>L&apos;ACL réseau de %1 sur le sous-réseau %2 nécessite %3 entrées dans un sens et une famille IP (trafic retour compris) ; AWS en accepte au plus %4. Fusionnez des sources ou des plages de ports dans le plan, ou utilisez des groupes de sécurité pour ce trafic.</translation>
    </message>
    <message>
        <source>The network ACL of %1 on subnet %2 needs %3 entries in one direction and IP family (return traffic included); AWS allows %4 by default: raise the &quot;Rules per network ACL&quot; quota (up to %5) before applying.</source>
        <translation>L&apos;ACL réseau de %1 sur le sous-réseau %2 nécessite %3 entrées dans un sens et une famille IP (trafic retour compris) ; AWS en accepte %4 par défaut : augmentez le quota &quot;Rules per network ACL&quot; (jusqu&apos;à %5) avant d&apos;appliquer.</translation>
    </message>
    <message>
        <source>NAT layer %1 maps outside addresses to inside ones: in AWS that is the internet gateway with public or Elastic IPs on the instances, which a NAT gateway cannot do. Nothing was generated for it: give the instances those addresses.</source>
        <translation>La couche NAT %1 fait correspondre des adresses extérieures à des adresses intérieures : dans AWS, c&apos;est le rôle de la passerelle Internet avec des IP publiques ou Elastic IP sur les instances, ce qu&apos;une passerelle NAT ne sait pas faire. Rien n&apos;a été généré pour elle : donnez ces adresses aux instances.</translation>
    </message>
</context>
<context>
    <name>AwsResources</name>
    <message>
        <source>A rule of %1 refers to %2, which is not an AWS security group and has no addresses to allow instead.</source>
        <translation>Une règle de %1 fait référence à %2, qui n&apos;est pas un groupe de sécurité AWS et n&apos;a pas d&apos;adresses à autoriser à la place.</translation>
    </message>
    <message>
        <source>A rule of %1 refers to the unknown group %2.</source>
        <translation>Une règle de %1 fait référence au groupe inconnu %2.</translation>
    </message>
    <message>
        <source>%1 needs %2 security groups of at most %3 rules each per direction and IP family; an instance takes only %4 groups by default. Merge sources or port ranges in the plan.</source>
        <translation>%1 nécessite %2 groupes de sécurité d&apos;au plus %3 règles chacun par sens et par famille IP ; une instance n&apos;accepte par défaut que %4 groupes. Fusionnez des sources ou des plages de ports dans le plan.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rules in one direction and IP family: it was split into %3 security groups; attach all of them to every instance.</source>
        <translation>%1 a plus de %2 règles dans un sens et une famille IP : il a été scindé en %3 groupes de sécurité ; associez-les tous à chaque instance.</translation>
    </message>
</context>
<context>
    <name>AwsSecurityGroupReader</name>
    <message>
        <source>expected the output of `aws ec2 describe-security-groups` (an object with a &quot;SecurityGroups&quot; array)</source>
        <translation>la sortie de `aws ec2 describe-security-groups` était attendue (un objet avec un tableau &quot;SecurityGroups&quot;)</translation>
    </message>
    <message>
        <source>a security group without a &quot;GroupId&quot;</source>
        <translation>un groupe de sécurité sans &quot;GroupId&quot;</translation>
    </message>
    <message>
        <source>security group %1 is listed twice</source>
        <translation>le groupe de sécurité %1 figure deux fois</translation>
    </message>
    <message>
        <source>no security group of the point in this file: expected one named %1</source>
        <translation>aucun groupe de sécurité du point dans ce fichier : un groupe nommé %1 était attendu</translation>
    </message>
    <message>
        <source>unknown IpProtocol &apos;%1&apos;</source>
        <translation>IpProtocol inconnu « %1 »</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>tout le trafic</translation>
    </message>
    <message>
        <source>bad ICMP type %1 or code %2</source>
        <translation>type ICMP %1 ou code %2 invalide</translation>
    </message>
    <message>
        <source>ICMP code %1</source>
        <translation>code ICMP %1</translation>
    </message>
    <message>
        <source>bad port range %1-%2</source>
        <translation>plage de ports %1-%2 invalide</translation>
    </message>
    <message>
        <source>an IpPermission is not an object</source>
        <translation>une IpPermission n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>bad %1 address &apos;%2&apos;</source>
        <translation>adresse %1 « %2 » invalide</translation>
    </message>
    <message>
        <source>reference to security group %1, which is not a group of the plan in this file</source>
        <translation>référence au groupe de sécurité %1, qui n&apos;est pas un groupe du plan dans ce fichier</translation>
    </message>
    <message>
        <source>reference to security group %1, to which the plan gives no addresses</source>
        <translation>référence au groupe de sécurité %1, auquel le plan ne donne aucune adresse</translation>
    </message>
    <message>
        <source>prefix list %1 (its entries are not in this file)</source>
        <translation>liste de préfixes %1 (ses entrées ne sont pas dans ce fichier)</translation>
    </message>
</context>
<context>
    <name>AwsTerraformExporter</name>
    <message>
        <source>the VPC</source>
        <translation>le VPC</translation>
    </message>
    <message>
        <source>AWS security groups and their rules for Terraform (AWS provider %1)</source>
        <translation>Groupes de sécurité AWS et leurs règles pour Terraform (fournisseur AWS %1)</translation>
    </message>
    <message>
        <source>AWS security groups (Terraform)</source>
        <translation>Groupes de sécurité AWS (Terraform)</translation>
    </message>
</context>
<context>
    <name>AwsTerraformNetwork</name>
    <message>
        <source>AWS network ACLs of the boundary firewalls&apos; subnets (stateless: with return entries for the ephemeral ports %1-%2) and NAT gateways for Terraform, in the same module as security_groups.tf (AWS provider %3); variables subnet_id_... name the subnets</source>
        <translation>ACL réseau AWS des sous-réseaux des pare-feu périmétriques (sans état : avec des entrées de retour pour les ports éphémères %1-%2) et passerelles NAT pour Terraform, dans le même module que security_groups.tf (fournisseur AWS %3) ; les variables subnet_id_... désignent les sous-réseaux</translation>
    </message>
</context>
<context>
    <name>AzureTerraformExporter</name>
    <message>
        <source>A rule of %1 refers to %2, which has no addresses to allow.</source>
        <translation>Une règle de %1 fait référence à %2, qui n&apos;a aucune adresse à autoriser.</translation>
    </message>
    <message>
        <source>%1 needs %2 rules; an Azure network security group takes at most %3.</source>
        <translation>%1 nécessite %2 règles ; un groupe de sécurité réseau Azure en accepte au plus %3.</translation>
    </message>
    <message>
        <source>Azure network security groups (azurerm_network_security_group) for Terraform</source>
        <translation>Groupes de sécurité réseau Azure (azurerm_network_security_group) pour Terraform</translation>
    </message>
    <message>
        <source>Azure network security groups (Terraform)</source>
        <translation>Groupes de sécurité réseau Azure (Terraform)</translation>
    </message>
</context>
<context>
    <name>BundleBuilder</name>
    <message>
        <source># Portolan rule bundle: %1</source>
        <translation># Paquet de règles Portolan : %1</translation>
    </message>
    <message>
        <source>Generated by Portolan from the deployment plan; regenerate it with `portolan-cli export` rather than editing files. Same plan, same bytes.</source>
        <translation>Généré par Portolan à partir du plan de déploiement ; régénérez-le avec `portolan-cli export` plutôt que de modifier les fichiers. Même plan, mêmes octets.</translation>
    </message>
    <message>
        <source>## Before you apply anything</source>
        <translation>## Avant d&apos;appliquer quoi que ce soit</translation>
    </message>
    <message>
        <source>1. Check the bundle is complete and unchanged: `sha256sum -c %1`.</source>
        <translation>1. Vérifiez que le paquet est complet et inchangé : `sha256sum -c %1`.</translation>
    </message>
    <message>
        <source>2. Apply to one node first, from a console that survives losing the network (serial or out-of-band console, cloud console), and keep the rollback command at hand.</source>
        <translation>2. Appliquez-le d&apos;abord à un seul nœud, depuis une console qui survit à une perte du réseau (console série ou hors bande, console cloud), et gardez la commande de retour arrière à portée de main.</translation>
    </message>
    <message>
        <source>3. Host files drop unlisted inbound traffic (loopback and established connections stay open); outbound traffic stays open, the egress rules list the planned outbound services.</source>
        <translation>3. Les fichiers d&apos;hôte rejettent le trafic entrant non listé (la boucle locale et les connexions établies restent ouvertes) ; le trafic sortant reste ouvert, les règles de sortie listent les services sortants prévus.</translation>
    </message>
    <message>
        <source>4. Each section below says how to apply and how to roll back its files.</source>
        <translation>4. Chaque section ci-dessous indique comment appliquer ses fichiers et comment revenir en arrière.</translation>
    </message>
    <message>
        <source>**error**</source>
        <translation>**erreur**</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>## Problems found while exporting</source>
        <translation>## Problèmes détectés lors de l&apos;export</translation>
    </message>
    <message>
        <source>Not generated: this target cannot express the plan (see the problems above).</source>
        <translation>Non généré : cette cible ne peut pas exprimer le plan (voir les problèmes ci-dessus).</translation>
    </message>
    <message>
        <source>No files: the plan has nothing for this target.</source>
        <translation>Aucun fichier : le plan ne contient rien pour cette cible.</translation>
    </message>
    <message>
        <source>what each file is, how to apply and roll back</source>
        <translation>rôle de chaque fichier, comment l&apos;appliquer et revenir en arrière</translation>
    </message>
    <message>
        <source>SHA-256 of every other file (sha256sum -c)</source>
        <translation>SHA-256 de tous les autres fichiers (sha256sum -c)</translation>
    </message>
    <message>
        <source>5. Gateway files (boundary firewalls, NAT layers) filter or translate forwarded traffic for whole networks: apply them after the host files, device by device, in the order the network section gives.</source>
        <translation>5. Les fichiers de passerelle (pare-feu périmétriques, couches NAT) filtrent ou traduisent le trafic routé de réseaux entiers : appliquez-les après les fichiers d&apos;hôte, équipement par équipement, dans l&apos;ordre indiqué par la section réseau.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe et n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no earlier bundle (no %2); choose another --out folder.</source>
        <translation>%1 n&apos;est pas vide et ne contient aucun paquet antérieur (pas de %2) ; choisissez un autre dossier --out.</translation>
    </message>
    <message>
        <source>Refusing to write the unsafe path &apos;%1&apos;.</source>
        <translation>Refus d&apos;écrire le chemin non sûr &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2. Nothing was written; choose another folder.</source>
        <translation>Impossible de créer le dossier %1 : %2. Rien n&apos;a été écrit ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot write the bundle to %1: %2. Nothing was changed there; make the folder writable or choose another one.</source>
        <translation>Impossible d&apos;écrire le paquet dans %1 : %2. Rien n&apos;y a été modifié ; rendez le dossier accessible en écriture ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Cannot write the bundle to %1: %2 (at %3). Nothing was changed there; make room on the disk or choose another folder.</source>
        <translation>Impossible d&apos;écrire le paquet dans %1 : %2 (à %3). Rien n&apos;y a été modifié ; libérez de l&apos;espace sur le disque ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot move the earlier bundle %1 aside: %2. It is unchanged; choose another folder.</source>
        <translation>Impossible de mettre de côté le paquet précédent %1 : %2. Il est inchangé ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot move the new bundle into place at %1: %2. The earlier bundle is unchanged; choose another folder.</source>
        <translation>Impossible de mettre le nouveau paquet en place dans %1 : %2. Le paquet précédent est inchangé ; choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>CatalogDiff</name>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>public</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>default</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <source>clustered</source>
        <translation>en cluster</translation>
    </message>
    <message>
        <source>Entries are matched by id: a port is the same port when its component and port id are the same, a setting when its key is. A matched port is changed when its default number, protocol, audience, setting or optionality differs; a setting when its type or default differs.</source>
        <translation>Les entrées sont appariées par identifiant : un port est le même port lorsque son composant et son identifiant de port sont identiques, un paramètre lorsque sa clé l&apos;est. Un port apparié est modifié lorsque son numéro par défaut, son protocole, son public, son paramètre ou son caractère facultatif diffère ; un paramètre lorsque son type ou sa valeur par défaut diffère.</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composant</translation>
    </message>
</context>
<context>
    <name>CatalogMenu</name>
    <message>
        <source>&amp;Catalogs</source>
        <translation>&amp;Catalogues</translation>
    </message>
    <message>
        <source>&amp;New Catalog…</source>
        <translation>&amp;Nouveau catalogue…</translation>
    </message>
    <message>
        <source>&amp;Edit Catalog…</source>
        <translation>&amp;Modifier le catalogue…</translation>
    </message>
    <message>
        <source>Edit Catalog</source>
        <translation>Modifier le catalogue</translation>
    </message>
    <message>
        <source>These catalogs cannot be read and are not offered:
%1</source>
        <translation>Ces catalogues ne peuvent pas être lus et ne sont pas proposés :
%1</translation>
    </message>
    <message>
        <source>The user catalog folder %1 holds no catalog yet: use New Catalog… or Duplicate as User Catalog….</source>
        <translation>Le dossier des catalogues utilisateur %1 ne contient encore aucun catalogue : utilisez « Nouveau catalogue… » ou « Dupliquer comme catalogue utilisateur… ».</translation>
    </message>
    <message>
        <source>User catalog:</source>
        <translation>Catalogue utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Duplicate as User Catalog…</source>
        <translation>&amp;Dupliquer comme catalogue utilisateur…</translation>
    </message>
    <message>
        <source>Duplicate as User Catalog</source>
        <translation>Dupliquer comme catalogue utilisateur</translation>
    </message>
    <message>
        <source>Catalog to copy:</source>
        <translation>Catalogue à copier :</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>the catalog</source>
        <translation>le catalogue</translation>
    </message>
    <message>
        <source>catalog format %1 is newer than this Portolan understands (%2)</source>
        <translation>le format de catalogue %1 est plus récent que ce que cette version de Portolan comprend (%2)</translation>
    </message>
    <message>
        <source>update Portolan to read this catalog</source>
        <translation>mettez Portolan à jour pour lire ce catalogue</translation>
    </message>
    <message>
        <source>&apos;sources&apos;</source>
        <translation>&apos;sources&apos;</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>une source</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is defined twice</source>
        <translation>la source &apos;%1&apos; est définie deux fois</translation>
    </message>
    <message>
        <source>a catalog must name the vendor document it was taken from</source>
        <translation>un catalogue doit nommer le document du fabricant dont il est tiré</translation>
    </message>
    <message>
        <source>add a &apos;sources&apos; entry</source>
        <translation>ajoutez une entrée &apos;sources&apos;</translation>
    </message>
    <message>
        <source>&apos;components&apos;</source>
        <translation>&apos;components&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>utilisez des lettres minuscules, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;</source>
        <translation>source inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>define it under &apos;sources&apos;</source>
        <translation>définissez-la sous &apos;sources&apos;</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>un composant</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; is defined twice</source>
        <translation>le composant &apos;%1&apos; est défini deux fois</translation>
    </message>
    <message>
        <source>&apos;notes&apos;</source>
        <translation>&apos;notes&apos;</translation>
    </message>
    <message>
        <source>&apos;settings&apos;</source>
        <translation>&apos;settings&apos;</translation>
    </message>
    <message>
        <source>&apos;features&apos;</source>
        <translation>&apos;features&apos;</translation>
    </message>
    <message>
        <source>&apos;ports&apos;</source>
        <translation>&apos;ports&apos;</translation>
    </message>
    <message>
        <source>a setting</source>
        <translation>un paramètre</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; is defined twice</source>
        <translation>le paramètre &apos;%1&apos; est défini deux fois</translation>
    </message>
    <message>
        <source>unknown setting type &apos;%1&apos;</source>
        <translation>type de paramètre inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use port, range, listen, address-port, address, bool or text</source>
        <translation>utilisez port, range, listen, address-port, address, bool ou text</translation>
    </message>
    <message>
        <source>a feature</source>
        <translation>une fonctionnalité</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; is defined twice</source>
        <translation>la fonctionnalité &apos;%1&apos; est définie deux fois</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>paramètre inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>declare settings before the features that use them</source>
        <translation>déclarez les paramètres avant les fonctionnalités qui les utilisent</translation>
    </message>
    <message>
        <source>declare it under the component&apos;s &apos;settings&apos;</source>
        <translation>déclarez-le sous &apos;settings&apos; du composant</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; has type %2, which cannot give a port here</source>
        <translation>le paramètre &apos;%1&apos; est de type %2, qui ne peut pas fournir de port ici</translation>
    </message>
    <message>
        <source>&apos;port&apos;</source>
        <translation>&apos;port&apos;</translation>
    </message>
    <message>
        <source>&apos;select&apos; must be plain, ssl or any</source>
        <translation>&apos;select&apos; doit valoir plain, ssl ou any</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>un port</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is defined twice</source>
        <translation>le port &apos;%1&apos; est défini deux fois</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>protocole inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use tcp, udp, both or any</source>
        <translation>utilisez tcp, udp, both ou any</translation>
    </message>
    <message>
        <source>unknown audience &apos;%1&apos;</source>
        <translation>public inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use clients, admins, peers, local, internal or egress</source>
        <translation>utilisez clients, admins, peers, local, internal ou egress</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos;</source>
        <translation>fonctionnalité inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;excluded_by&apos;</source>
        <translation>&apos;excluded_by&apos;</translation>
    </message>
    <message>
        <source>an egress port needs &apos;egress_to&apos;</source>
        <translation>un port de sortie nécessite &apos;egress_to&apos;</translation>
    </message>
    <message>
        <source>use &apos;internet&apos; or &apos;&lt;catalog&gt;/&lt;component&gt;&apos;</source>
        <translation>utilisez &apos;internet&apos; ou &apos;&lt;catalog&gt;/&lt;component&gt;&apos;</translation>
    </message>
    <message>
        <source>&apos;nat&apos;</source>
        <translation>&apos;nat&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port in 1–65535</source>
        <translation>&apos;%1&apos; n&apos;est pas un port entre 1 et 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port range like 10000-20000</source>
        <translation>&apos;%1&apos; n&apos;est pas une plage de ports comme 10000-20000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos; must be in a file named %2</source>
        <translation>le catalogue &apos;%1&apos; doit se trouver dans un fichier nommé %2</translation>
    </message>
    <message>
        <source>rename the file or change &apos;id&apos;</source>
        <translation>renommez le fichier ou modifiez &apos;id&apos;</translation>
    </message>
    <message>
        <source>cannot open the catalog: %1</source>
        <translation>impossible d&apos;ouvrir le catalogue : %1</translation>
    </message>
    <message>
        <source>more than %1 %2 in one list</source>
        <translation>plus de %1 %2 dans une même liste</translation>
    </message>
    <message>
        <source>split the catalog</source>
        <translation>scindez le catalogue</translation>
    </message>
</context>
<context>
    <name>CatalogSet</name>
    <message>
        <source>catalog id &apos;%1&apos; is already defined by %2</source>
        <translation>l&apos;identifiant de catalogue &apos;%1&apos; est déjà défini par %2</translation>
    </message>
    <message>
        <source>give the catalog its own id, e.g. &apos;%1-custom&apos;</source>
        <translation>donnez au catalogue son propre identifiant, par ex. &apos;%1-custom&apos;</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>off by default</source>
        <translation>désactivé par défaut</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>%1 (ssl entries)</source>
        <translation>%1 (entrées ssl)</translation>
    </message>
    <message>
        <source>%1 (plain entries)</source>
        <translation>%1 (entrées en clair)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>%1 (unset)</source>
        <translation>%1 (non défini)</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot save the catalog: %1</source>
        <translation>impossible d&apos;enregistrer le catalogue : %1</translation>
    </message>
    <message>
        <source>choose another catalog folder (PORTOLAN_CATALOG_PATH)</source>
        <translation>choisissez un autre dossier de catalogues (PORTOLAN_CATALOG_PATH)</translation>
    </message>
</context>
<context>
    <name>ChangePropertyEdit</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Change %1 of the project</source>
        <translation>Modifier %1 du projet</translation>
    </message>
</context>
<context>
    <name>ClientFlows</name>
    <message>
        <source>port &apos;%1&apos; is not enabled on &apos;%2&apos;</source>
        <translation>le port &apos;%1&apos; n&apos;est pas activé sur &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 port; clients must not reach it</source>
        <translation>&apos;%1&apos; est un port %2 ; les clients ne doivent pas l&apos;atteindre</translation>
    </message>
</context>
<context>
    <name>ClientUseChecks</name>
    <message>
        <source>%1 (%2) of %3 on %4</source>
        <translation>%1 (%2) de %3 sur %4</translation>
    </message>
    <message>
        <source>%1 uses %2, which has no port for %3 clients, so it gets nothing.</source>
        <translation>%1 utilise %2, qui n&apos;a aucun port pour les clients %3, donc il ne reçoit rien.</translation>
    </message>
    <message>
        <source>%1 uses port &apos;%2&apos; of %3, which nothing there offers, so it gets nothing.</source>
        <translation>%1 utilise le port &apos;%2&apos; de %3, que rien n&apos;y propose, donc il ne reçoit rien.</translation>
    </message>
    <message>
        <source>Name a port %1 offers (or a listener&apos;s target port), or use another target.</source>
        <translation>Indiquez un port que %1 propose (ou le port cible d&apos;un écouteur), ou utilisez une autre cible.</translation>
    </message>
    <message>
        <source>It gets only: %1.</source>
        <translation>Il ne reçoit que : %1.</translation>
    </message>
    <message>
        <source> (behind listener %1)</source>
        <translation> (derrière l&apos;écouteur %1)</translation>
    </message>
    <message>
        <source>%1%2 listens on %3 only, so %4 gets nothing from it.</source>
        <translation>%1%2 n&apos;écoute que sur %3, donc %4 n&apos;en reçoit rien.</translation>
    </message>
    <message>
        <source>The product binds it to loopback: reach it on the node itself (over SSH), or use another port.</source>
        <translation>Le produit le lie à la boucle locale : atteignez-le sur le nœud lui-même (par SSH), ou utilisez un autre port.</translation>
    </message>
    <message>
        <source>%1%2 listens on %3 only (%4 is &apos;%5&apos;), so %6 gets nothing from it.</source>
        <translation>%1%2 n&apos;écoute que sur %3 (%4 vaut &apos;%5&apos;), donc %6 n&apos;en reçoit rien.</translation>
    </message>
    <message>
        <source>%1 is %2; set it to %3 (with authentication) or put a load balancer in front.</source>
        <translation>%1 vaut %2 ; réglez-le sur %3 (avec authentification) ou placez un répartiteur de charge devant.</translation>
    </message>
    <message>
        <source>%1 is %2; set it to %3 or put a load balancer in front.</source>
        <translation>%1 vaut %2 ; réglez-le sur %3 ou placez un répartiteur de charge devant.</translation>
    </message>
    <message>
        <source>%1%2 is off: %3 replaces it, so %4 gets nothing from it.</source>
        <translation>%1%2 est désactivé : %3 le remplace, donc %4 n&apos;en reçoit rien.</translation>
    </message>
    <message>
        <source>Turn %1 off (%2) on %3, or use the port that replaces it.</source>
        <translation>Désactivez %1 (%2) sur %3, ou utilisez le port qui le remplace.</translation>
    </message>
    <message>
        <source>Turn %1 off on %2, or use the port that replaces it.</source>
        <translation>Désactivez %1 sur %2, ou utilisez le port qui le remplace.</translation>
    </message>
    <message>
        <source>%1%2 is off: %3 is not enabled, so %4 gets nothing from it.</source>
        <translation>%1%2 est désactivé : %3 n&apos;est pas activé, donc %4 n&apos;en reçoit rien.</translation>
    </message>
    <message>
        <source>Enable %1 on %2: set %3.</source>
        <translation>Activez %1 sur %2 : définissez %3.</translation>
    </message>
    <message>
        <source>Enable %1 on %2.</source>
        <translation>Activez %1 sur %2.</translation>
    </message>
    <message>
        <source>%1%2 is off (%3 is &apos;%4&apos;), so %5 gets nothing from it.</source>
        <translation>%1%2 est désactivé (%3 vaut &apos;%4&apos;), donc %5 n&apos;en reçoit rien.</translation>
    </message>
    <message>
        <source>Set %1 on %2 to the address and port it should listen on (e.g. 0.0.0.0:PORT).</source>
        <translation>Réglez %1 sur %2 sur l&apos;adresse et le port sur lesquels il doit écouter (par ex. 0.0.0.0:PORT).</translation>
    </message>
    <message>
        <source>%1%2 is an admin port; %3 is a %4 client outside the trusted networks, so it gets nothing from it.</source>
        <translation>%1%2 est un port d&apos;administration ; %3 est un client %4 hors des réseaux de confiance, donc il n&apos;en reçoit rien.</translation>
    </message>
    <message>
        <source>Make %1 an admins client, or place it in a trusted zone.</source>
        <translation>Faites de %1 un client d&apos;administration, ou placez-le dans une zone de confiance.</translation>
    </message>
    <message>
        <source>%1%2 is a %3 port; no client reaches it, so %4 gets nothing from it.</source>
        <translation>%1%2 est un port %3 ; aucun client ne l&apos;atteint, donc %4 n&apos;en reçoit rien.</translation>
    </message>
    <message>
        <source>Remove this use of %1, or name a port meant for clients.</source>
        <translation>Supprimez cette utilisation de %1, ou indiquez un port destiné aux clients.</translation>
    </message>
</context>
<context>
    <name>CloudScope</name>
    <message>
        <source>The plan has no %1 security group or firewall: nothing was generated.</source>
        <translation>Le plan n&apos;a aucun groupe de sécurité ni pare-feu %1 : rien n&apos;a été généré.</translation>
    </message>
</context>
<context>
    <name>ConnectEdit</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Connecter %1 à %2</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>&apos;%1&apos; cannot be connected to &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ne peut pas être connecté à &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are already linked</source>
        <translation>&apos;%1&apos; et &apos;%2&apos; sont déjà reliés</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already uses &apos;%2&apos;</source>
        <translation>&apos;%1&apos; utilise déjà &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; runs no component with a client port to forward to</source>
        <translation>&apos;%1&apos; n&apos;exécute aucun composant doté d&apos;un port client vers lequel rediriger</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already forwards to &apos;%2&apos;</source>
        <translation>&apos;%1&apos; redirige déjà vers &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 does not link to %2.</source>
        <translation>%1 n&apos;est pas relié à %2.</translation>
    </message>
    <message>
        <source>%1 has no such listener to %2.</source>
        <translation>%1 n&apos;a pas un tel écouteur vers %2.</translation>
    </message>
    <message>
        <source>%1 does not use %2.</source>
        <translation>%1 n&apos;utilise pas %2.</translation>
    </message>
    <message>
        <source>%1 has no connections to remove.</source>
        <translation>%1 n&apos;a aucune connexion à supprimer.</translation>
    </message>
</context>
<context>
    <name>DerivationChecks</name>
    <message>
        <source>%1 drops idle connections after %2 s, but %3 %4 needs idle TCP sessions kept for %5 s.</source>
        <translation>%1 coupe les connexions inactives après %2 s, mais %3 %4 a besoin que les sessions TCP inactives soient maintenues %5 s.</translation>
    </message>
    <message>
        <source>Raise the idle timeout of %1 to at least %2 s.</source>
        <translation>Augmentez le délai d&apos;inactivité de %1 à au moins %2 s.</translation>
    </message>
    <message>
        <source>%1 needs %2 %3 rules; a %4 allows %5.</source>
        <translation>%1 nécessite %2 règles (%3) ; limite pour %4 : %5.</translation>
    </message>
    <message>
        <source>Group sources into fewer, wider CIDRs or prefix lists, split the nodes over several groups, or move rules to the host firewall.</source>
        <translation>Regroupez les sources en CIDR moins nombreux et plus larges ou en listes de préfixes, répartissez les nœuds sur plusieurs groupes, ou déplacez des règles vers le pare-feu de l&apos;hôte.</translation>
    </message>
    <message>
        <source>inbound and outbound</source>
        <translation>entrantes et sortantes</translation>
    </message>
</context>
<context>
    <name>DisconnectEdit</name>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Déconnecter %1 de %2</translation>
    </message>
</context>
<context>
    <name>DoResources</name>
    <message>
        <source>A rule of %1 has no addresses or group to allow.</source>
        <translation>Une règle de %1 n&apos;a ni adresses ni groupe à autoriser.</translation>
    </message>
    <message>
        <source>A rule of %1 refers to %2, which is neither a DigitalOcean firewall of this export nor a group with addresses.</source>
        <translation>Une règle de %1 fait référence à %2, qui n&apos;est ni un pare-feu DigitalOcean de cet export ni un groupe doté d&apos;adresses.</translation>
    </message>
    <message>
        <source>%1 needs %2 rules; a DigitalOcean firewall takes %3, so it was split into %4 firewalls on the same tag.</source>
        <translation>%1 nécessite %2 règles ; un pare-feu DigitalOcean en accepte %3, il a donc été scindé en %4 pare-feu sur la même étiquette.</translation>
    </message>
</context>
<context>
    <name>DoTerraformExporter</name>
    <message>
        <source>DigitalOcean cloud firewalls and droplet tags for Terraform</source>
        <translation>Pare-feu cloud DigitalOcean et étiquettes de droplets pour Terraform</translation>
    </message>
    <message>
        <source>DigitalOcean cloud firewalls (Terraform)</source>
        <translation>Pare-feu cloud DigitalOcean (Terraform)</translation>
    </message>
</context>
<context>
    <name>DoctlExporter</name>
    <message>
        <source>DigitalOcean cloud firewalls as doctl commands (bash)</source>
        <translation>Pare-feu cloud DigitalOcean sous forme de commandes doctl (bash)</translation>
    </message>
    <message>
        <source>DigitalOcean cloud firewalls (doctl script)</source>
        <translation>Pare-feu cloud DigitalOcean (script doctl)</translation>
    </message>
</context>
<context>
    <name>DrawingRenderer</name>
    <message>
        <source>Deployment drawing made by Portolan</source>
        <translation>Schéma de déploiement réalisé par Portolan</translation>
    </message>
    <message>
        <source>Could not encode the PNG image</source>
        <translation>Impossible d&apos;encoder l&apos;image PNG</translation>
    </message>
</context>
<context>
    <name>ElementClipboard</name>
    <message>
        <source>The clipboard holds no Portolan elements.</source>
        <translation>Le presse-papiers ne contient aucun élément Portolan.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard text is not Portolan elements (a project file in YAML):
%1</source>
        <translation>Le texte du presse-papiers n&apos;est pas constitué d&apos;éléments Portolan (un fichier de projet en YAML) :
%1</translation>
    </message>
    <message>
        <source>The clipboard holds a project without elements.</source>
        <translation>Le presse-papiers contient un projet sans éléments.</translation>
    </message>
</context>
<context>
    <name>ElementLists</name>
    <message>
        <source>&apos;%1&apos; uses %2 through &apos;%3&apos;; change that use first</source>
        <translation>&apos;%1&apos; utilise %2 via &apos;%3&apos; ; modifiez d&apos;abord cette utilisation</translation>
    </message>
    <message>
        <source>another listener already takes %1 %2</source>
        <translation>un autre écouteur occupe déjà %1 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; runs no component with a port to forward to</source>
        <translation>&apos;%1&apos; n&apos;exécute aucun composant ayant un port vers lequel rediriger</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port to forward to</source>
        <translation>&apos;%1&apos; n&apos;a aucun port vers lequel rediriger</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>un port est un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>choose tcp or udp</source>
        <translation>choisissez tcp ou udp</translation>
    </message>
    <message>
        <source>choose passthrough or terminate</source>
        <translation>choisissez passthrough ou terminate</translation>
    </message>
    <message>
        <source>choose one of the nodes</source>
        <translation>choisissez l&apos;un des nœuds</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not run &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;exécute pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port &apos;%2&apos; to forward to</source>
        <translation>&apos;%1&apos; n&apos;a pas de port &apos;%2&apos; vers lequel rediriger</translation>
    </message>
    <message>
        <source>a listener has no column &apos;%1&apos;</source>
        <translation>un écouteur n&apos;a pas de colonne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>a port or range looks like 8443 or 50000-60000, within 1-65535</source>
        <translation>un port ou une plage s&apos;écrit comme 8443 ou 50000-60000, entre 1 et 65535</translation>
    </message>
    <message>
        <source>the %1 ports from %2 cannot take %3 ports</source>
        <translation>les %1 ports de %2 ne peuvent pas recevoir %3 ports</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>intérieur</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>extérieur</translation>
    </message>
    <message>
        <source>a mapping has no column &apos;%1&apos;</source>
        <translation>un mappage n&apos;a pas de colonne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>choose a node or a load balancer</source>
        <translation>choisissez un nœud ou un répartiteur de charge</translation>
    </message>
    <message>
        <source>&apos;%1&apos; offers no port &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ne propose pas de port &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a use has no column &apos;%1&apos;</source>
        <translation>une utilisation n&apos;a pas de colonne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Écouteurs</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Port cible</translation>
    </message>
    <message>
        <source>Add listener</source>
        <translation>Ajouter un écouteur</translation>
    </message>
    <message>
        <source>Static mappings</source>
        <translation>Mappages statiques</translation>
    </message>
    <message>
        <source>Outside address</source>
        <translation>Adresse externe</translation>
    </message>
    <message>
        <source>Outside ports</source>
        <translation>Ports externes</translation>
    </message>
    <message>
        <source>Inside address</source>
        <translation>Adresse interne</translation>
    </message>
    <message>
        <source>Inside ports</source>
        <translation>Ports internes</translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation>Ajouter un mappage</translation>
    </message>
    <message>
        <source>Inside zones</source>
        <translation>Zones intérieures</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Ajouter une zone</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Add use</source>
        <translation>Ajouter une utilisation</translation>
    </message>
    <message>
        <source>(every port for the role)</source>
        <translation>(tous les ports du rôle)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no row %2 in %3</source>
        <translation>&apos;%1&apos; n&apos;a pas de ligne %2 dans %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;a pas de propriété &apos;%2&apos;</translation>
    </message>
    <message>
        <source>choose one of the zones</source>
        <translation>choisissez l&apos;une des zones</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inside this firewall already</source>
        <translation>&apos;%1&apos; est déjà à l&apos;intérieur de ce pare-feu</translation>
    </message>
    <message>
        <source>no node runs a component with a client port to forward to: add one first</source>
        <translation>aucun nœud n&apos;exécute de composant ayant un port client vers lequel rediriger : ajoutez-en un d&apos;abord</translation>
    </message>
    <message>
        <source>give the NAT layer an outside address first</source>
        <translation>donnez d&apos;abord une adresse externe à la couche NAT</translation>
    </message>
    <message>
        <source>give a node inside &apos;%1&apos; an address first</source>
        <translation>donnez d&apos;abord une adresse à un nœud de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>every zone but the outside one is inside this firewall already</source>
        <translation>toutes les zones sauf la zone extérieure sont déjà à l&apos;intérieur de ce pare-feu</translation>
    </message>
    <message>
        <source>there is no node or load balancer to use: add one first</source>
        <translation>il n&apos;y a aucun nœud ni répartiteur de charge à utiliser : ajoutez-en un d&apos;abord</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no list &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;a pas de liste &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a firewall protects at least one zone; remove the firewall instead</source>
        <translation>un pare-feu protège au moins une zone ; supprimez plutôt le pare-feu</translation>
    </message>
</context>
<context>
    <name>ElementPainter</name>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n écouteur</numerusform>
            <numerusform>%n écouteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>NAT %1 → %2</source>
        <translation>NAT %1 → %2</translation>
    </message>
    <message>
        <source>firewall of %1</source>
        <translation>pare-feu de %1</translation>
    </message>
</context>
<context>
    <name>ElementProperties</name>
    <message>
        <source>&apos;%1&apos; is not a network in CIDR notation (e.g. 10.0.0.0/16)</source>
        <translation>&apos;%1&apos; n&apos;est pas un réseau en notation CIDR (par ex. 10.0.0.0/16)</translation>
    </message>
    <message>
        <source>enter a whole number from %1 to %2</source>
        <translation>saisissez un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>un port est un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>a port range looks like 10000-20000, low to high, within 1-65535</source>
        <translation>une plage de ports a la forme 10000-20000, du plus bas au plus haut, entre 1 et 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>enter true or false</source>
        <translation>saisissez true ou false</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>À l&apos;intérieur de</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>CIDRs</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Idle timeout (s)</source>
        <translation>Délai d&apos;inactivité (s)</translation>
    </message>
    <message>
        <source>Inside zone</source>
        <translation>Zone intérieure</translation>
    </message>
    <message>
        <source>Outside zone</source>
        <translation>Zone extérieure</translation>
    </message>
    <message>
        <source>Outside addresses</source>
        <translation>Adresses extérieures</translation>
    </message>
    <message>
        <source>Source NAT</source>
        <translation>NAT source</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>choose one of the zones</source>
        <translation>choisissez l&apos;une des zones</translation>
    </message>
    <message>
        <source>a node stands for at least one host</source>
        <translation>un nœud représente au moins un hôte</translation>
    </message>
    <message numerus="yes">
        <source>the node lists %n address(es); remove some first</source>
        <translation>
            <numerusform>le nœud liste %n adresse ; supprimez-en d&apos;abord</numerusform>
            <numerusform>le nœud liste %n adresses ; supprimez-en d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>no catalog has the component &apos;%1&apos;</source>
        <translation>aucun catalogue ne contient le composant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses port &apos;%2&apos; of this node; change that first</source>
        <translation>&apos;%1&apos; utilise le port &apos;%2&apos; de ce nœud ; modifiez d&apos;abord cela</translation>
    </message>
    <message>
        <source>&apos;%1&apos; forwards to %2 on this node; change that first</source>
        <translation>&apos;%1&apos; redirige vers %2 sur ce nœud ; modifiez d&apos;abord cela</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;a pas de propriété &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value here</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur valide ici</translation>
    </message>
    <message>
        <source>Set in %1.</source>
        <translation>Défini dans %1.</translation>
    </message>
    <message>
        <source>Catalog default: unset.</source>
        <translation>Valeur par défaut du catalogue : non définie.</translation>
    </message>
    <message>
        <source>Catalog default: %1.</source>
        <translation>Valeur par défaut du catalogue : %1.</translation>
    </message>
    <message>
        <source>Port %1 (%2):</source>
        <translation>Port %1 (%2) :</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Zone A</source>
        <translation>Zone A</translation>
    </message>
    <message>
        <source>Zone B</source>
        <translation>Zone B</translation>
    </message>
    <message>
        <source>the project has no property &apos;%1&apos;</source>
        <translation>le projet n&apos;a pas de propriété &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a link needs two different zones</source>
        <translation>un lien nécessite deux zones différentes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are already linked</source>
        <translation>&apos;%1&apos; et &apos;%2&apos; sont déjà reliés</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) for %1 host(s): list at most one IPv4 and one IPv6 address per host, or raise the host count first</source>
        <translation>
            <numerusform>%n adresse pour %1 hôte(s) : indiquez au plus une adresse IPv4 et une adresse IPv6 par hôte, ou augmentez d&apos;abord le nombre d&apos;hôtes</numerusform>
            <numerusform>%n adresses pour %1 hôte(s) : indiquez au plus une adresse IPv4 et une adresse IPv6 par hôte, ou augmentez d&apos;abord le nombre d&apos;hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Host firewall</source>
        <translation>Pare-feu de l&apos;hôte</translation>
    </message>
</context>
<context>
    <name>ExposureChecks</name>
    <message>
        <source>%1 of %2 is reachable from %3, which is not a trusted zone; %4 allows this only with authentication enabled.</source>
        <translation>%1 de %2 est joignable depuis %3, qui n&apos;est pas une zone de confiance ; %4 ne le permet qu&apos;avec l&apos;authentification activée.</translation>
    </message>
    <message>
        <source>%1 of %2 is reachable from %3, which is not a trusted zone.</source>
        <translation>%1 de %2 est joignable depuis %3, qui n&apos;est pas une zone de confiance.</translation>
    </message>
    <message>
        <source>Enable authentication on the %1, or reach it only from a trusted admin zone.</source>
        <translation>Activez l&apos;authentification sur %1, ou ne l&apos;atteignez que depuis une zone d&apos;administration de confiance.</translation>
    </message>
    <message>
        <source>Reach the %1 only from a zone of kind &apos;trusted&apos; (an admin network).</source>
        <translation>N&apos;atteignez %1 que depuis une zone de type &apos;trusted&apos; (un réseau d&apos;administration).</translation>
    </message>
    <message>
        <source>%1 of %2 is local to the node, but a flow from %3 reaches it.</source>
        <translation>%1 de %2 est local au nœud, mais un flux depuis %3 l&apos;atteint.</translation>
    </message>
    <message>
        <source>Remove whatever makes %1 reach it; the port must only be used over loopback.</source>
        <translation>Supprimez ce qui permet à %1 de l&apos;atteindre ; le port ne doit être utilisé que via la boucle locale.</translation>
    </message>
    <message>
        <source>%1 of %2 is bound to %3; it must only listen on loopback.</source>
        <translation>%1 de %2 est lié à %3 ; il ne doit écouter que sur la boucle locale.</translation>
    </message>
    <message>
        <source>Bind it to 127.0.0.1.</source>
        <translation>Liez-le à 127.0.0.1.</translation>
    </message>
    <message>
        <source>Set %1 = %2.</source>
        <translation>Définissez %1 = %2.</translation>
    </message>
    <message>
        <source>%1 of %2 is opened to all of %3 for cluster member %4, so hosts outside the cluster reach it too.</source>
        <translation>%1 de %2 est ouvert à tout %3 pour le membre de cluster %4, si bien que des hôtes hors du cluster l&apos;atteignent aussi.</translation>
    </message>
    <message>
        <source>Give %1 its addresses so the rule names only the cluster&apos;s hosts.</source>
        <translation>Donnez ses adresses à %1 afin que la règle ne nomme que les hôtes du cluster.</translation>
    </message>
    <message>
        <source>%1 of %2 is for the other members of its cluster only, but %3 reaches it.</source>
        <translation>%1 de %2 est réservé aux autres membres de son cluster, mais %3 l&apos;atteint.</translation>
    </message>
    <message>
        <source>Allow %1 only between the nodes that run %2%3.</source>
        <translation>N&apos;autorisez %1 qu&apos;entre les nœuds qui exécutent %2%3.</translation>
    </message>
    <message>
        <source> in cluster %1</source>
        <translation> dans le cluster %1</translation>
    </message>
</context>
<context>
    <name>FilterProgram</name>
    <message>
        <source>not understood, evaluated conservatively: %1</source>
        <translation>non compris, évalué de façon prudente : %1</translation>
    </message>
</context>
<context>
    <name>FirewalldCatalog</name>
    <message>
        <source>the service file name &apos;%1&apos; cannot be a component id</source>
        <translation>le nom de fichier de service &apos;%1&apos; ne peut pas être un identifiant de composant</translation>
    </message>
    <message>
        <source>ids are lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>les identifiants se composent de lettres minuscules, de chiffres, de &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>firewalld service %1</source>
        <translation>service firewalld %1</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;service&gt;</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, et non &lt;service&gt;</translation>
    </message>
    <message>
        <source>a firewalld service file holds one &lt;service&gt; element</source>
        <translation>un fichier de service firewalld contient un seul élément &lt;service&gt;</translation>
    </message>
    <message>
        <source>firewalld also opens %1 that Portolan cannot express: %2</source>
        <translation>firewalld ouvre aussi %1, que Portolan ne peut pas exprimer : %2</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>un port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port or a port range</source>
        <translation>&apos;%1&apos; n&apos;est ni un port ni une plage de ports</translation>
    </message>
    <message>
        <source>write a port (22) or a range (5000-5100) from 1 to 65535</source>
        <translation>indiquez un port (22) ou une plage (5000-5100) de 1 à 65535</translation>
    </message>
    <message>
        <source>firewalld also allows the IP protocol %1, which Portolan cannot express</source>
        <translation>firewalld autorise aussi le protocole IP %1, que Portolan ne peut pas exprimer</translation>
    </message>
    <message>
        <source>firewalld also allows traffic from source port %1/%2 (replies to the node&apos;s own requests)</source>
        <translation>firewalld autorise aussi le trafic depuis le port source %1/%2 (réponses aux propres requêtes du nœud)</translation>
    </message>
    <message>
        <source>firewalld limits this service to the destination %1</source>
        <translation>firewalld limite ce service à la destination %1</translation>
    </message>
    <message>
        <source>firewalld loads the connection tracking helper %1 for this service</source>
        <translation>firewalld charge le helper de suivi de connexion %1 pour ce service</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; is not read by Portolan</source>
        <translation>l&apos;élément &lt;%1&gt; n&apos;est pas lu par Portolan</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé : %1</translation>
    </message>
    <message>
        <source>compare the file with the firewalld.service(5) format</source>
        <translation>comparez le fichier avec le format firewalld.service(5)</translation>
    </message>
    <message>
        <source>no &lt;service&gt; element</source>
        <translation>aucun élément &lt;service&gt;</translation>
    </message>
    <message>
        <source>as installed</source>
        <translation>tel qu&apos;installé</translation>
    </message>
    <message>
        <source>firewalld service definitions</source>
        <translation>définitions de services firewalld</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>file is %1 bytes, larger than the %2-byte limit</source>
        <translation>le fichier fait %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <source>a firewalld service file is a few lines</source>
        <translation>un fichier de service firewalld ne fait que quelques lignes</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; differs only in case from another service file</source>
        <translation>le service &apos;%1&apos; ne diffère d&apos;un autre fichier de service que par la casse</translation>
    </message>
    <message>
        <source>Portolan ids are lower case; rename one of them</source>
        <translation>les identifiants Portolan sont en minuscules ; renommez l&apos;un des deux</translation>
    </message>
    <message>
        <source>includes the service %1, which is not installed</source>
        <translation>inclut le service %1, qui n&apos;est pas installé</translation>
    </message>
    <message>
        <source>from the included service firewalld/%1</source>
        <translation>du service inclus firewalld/%1</translation>
    </message>
    <message>
        <source>%1 service files read from %2; every TCP and UDP port is open to clients, as firewalld has no audiences or settings.</source>
        <translation>%1 fichiers de service lus depuis %2 ; chaque port TCP et UDP est ouvert aux clients, car firewalld n&apos;a ni publics ni paramètres.</translation>
    </message>
    <message>
        <source>Left out, with no TCP or UDP port Portolan can express: %1.</source>
        <translation>Omis, faute de port TCP ou UDP que Portolan puisse exprimer : %1.</translation>
    </message>
</context>
<context>
    <name>FirewalldExporter</name>
    <message>
        <source>firewalld (zone and policy XML)</source>
        <translation>firewalld (XML de zone et de politique)</translation>
    </message>
    <message>
        <source>Copy the node&apos;s folder to the node and run `bash install.sh` as root: it saves /etc/firewalld to /root/firewalld-before-DATE, installs zones/portolan.xml (and policies/portolan-egress.xml when the plan lists egress), reloads firewalld and makes `portolan` the default zone. Interfaces bound to another zone keep it: move them with `firewall-cmd --permanent --zone=portolan --change-interface=IFACE`. Check offline first with `firewall-offline-cmd --check-config`. Roll back: copy the saved folder back to /etc/firewalld and run `firewall-cmd --reload`. Egress: left open; the policy (HOST to ANY, target CONTINUE) lists the node&apos;s planned outbound services.</source>
        <translation>Copiez le dossier du nœud sur le nœud et exécutez `bash install.sh` en tant que root : il sauvegarde /etc/firewalld dans /root/firewalld-before-DATE, installe zones/portolan.xml (et policies/portolan-egress.xml lorsque le plan liste des sorties), recharge firewalld et fait de `portolan` la zone par défaut. Les interfaces liées à une autre zone la conservent : déplacez-les avec `firewall-cmd --permanent --zone=portolan --change-interface=IFACE`. Vérifiez d&apos;abord hors ligne avec `firewall-offline-cmd --check-config`. Retour arrière : recopiez le dossier sauvegardé dans /etc/firewalld et exécutez `firewall-cmd --reload`. Sortie : laissée ouverte ; la politique (HOST vers ANY, cible CONTINUE) liste les services sortants prévus du nœud.</translation>
    </message>
    <message>
        <source>firewalld zone `portolan` for node %1</source>
        <translation>zone firewalld `portolan` pour le nœud %1</translation>
    </message>
    <message>
        <source>firewalld egress policy for node %1</source>
        <translation>politique de sortie firewalld pour le nœud %1</translation>
    </message>
    <message>
        <source>installs the firewalld files of node %1 (backs up /etc/firewalld first)</source>
        <translation>installe les fichiers firewalld du nœud %1 (sauvegarde d&apos;abord /etc/firewalld)</translation>
    </message>
</context>
<context>
    <name>FlowBundles</name>
    <message>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n node(s))</source>
        <translation>
            <numerusform>%1 (%n nœud)</numerusform>
            <numerusform>%1 (%n nœuds)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Cluster peers</source>
        <translation>Pairs du cluster</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>%1 → %2: %3 %4</source>
        <translation>%1 → %2 : %3 %4</translation>
    </message>
    <message>
        <source>Component: %1 (%2)</source>
        <translation>Composant : %1 (%2)</translation>
    </message>
    <message>
        <source>Catalog port: %1%2</source>
        <translation>Port du catalogue : %1%2</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Public : %1</translation>
    </message>
    <message>
        <source>Source document: %1</source>
        <translation>Document source : %1</translation>
    </message>
    <message>
        <source>source NAT: leaves as %1</source>
        <translation>NAT source : sort en tant que %1</translation>
    </message>
    <message>
        <source>outside address</source>
        <translation>adresse externe</translation>
    </message>
    <message>
        <source>NAT %1 → %2</source>
        <translation>NAT %1 → %2</translation>
    </message>
    <message>
        <source>LB %1 → %2 (%3)</source>
        <translation>LB %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>TLS terminated</source>
        <translation>TLS terminé</translation>
    </message>
    <message>
        <source>pass-through</source>
        <translation>transmis tel quel</translation>
    </message>
    <message>
        <source>firewall: crossed</source>
        <translation>pare-feu : traversé</translation>
    </message>
    <message>
        <source>link: crossed</source>
        <translation>lien : traversé</translation>
    </message>
</context>
<context>
    <name>FlowDrawing</name>
    <message>
        <source>Flows:</source>
        <translation>Flux :</translation>
    </message>
</context>
<context>
    <name>FlowExplanationText</name>
    <message>
        <source>rule %1 of %2 (%3 %4 %5 %6 %7)</source>
        <translation>règle %1 de %2 (%3 %4 %5 %6 %7)</translation>
    </message>
    <message>
        <source>sends</source>
        <translation>envoie</translation>
    </message>
    <message>
        <source>load balancer terminates TLS, forwards %1 -&gt; %2</source>
        <translation>le répartiteur de charge termine TLS, redirige %1 -&gt; %2</translation>
    </message>
    <message>
        <source>load balancer passes TLS through, forwards %1 -&gt; %2</source>
        <translation>le répartiteur de charge laisse passer TLS, redirige %1 -&gt; %2</translation>
    </message>
    <message>
        <source>NAT translates the source %1 -&gt; %2</source>
        <translation>le NAT traduit la source %1 -&gt; %2</translation>
    </message>
    <message>
        <source>NAT translates %1 -&gt; %2</source>
        <translation>le NAT traduit %1 -&gt; %2</translation>
    </message>
    <message>
        <source>firewall: no rule admits it</source>
        <translation>pare-feu : aucune règle ne l&apos;admet</translation>
    </message>
    <message>
        <source>firewall admits it by %1</source>
        <translation>le pare-feu l&apos;admet par %1</translation>
    </message>
    <message>
        <source>crosses the link</source>
        <translation>traverse le lien</translation>
    </message>
    <message>
        <source>leaves %1 -&gt; %2</source>
        <translation>quitte %1 -&gt; %2</translation>
    </message>
    <message>
        <source>stops here: %1</source>
        <translation>s&apos;arrête ici : %1</translation>
    </message>
    <message>
        <source>receives it (no rule of its own admits it)</source>
        <translation>le reçoit (aucune règle propre ne l&apos;admet)</translation>
    </message>
    <message>
        <source>receives it, admitted by %1</source>
        <translation>le reçoit, admis par %1</translation>
    </message>
</context>
<context>
    <name>FlowPaths</name>
    <message>
        <source>nothing on the path says how it is routed</source>
        <translation>rien sur le chemin n&apos;indique comment il est routé</translation>
    </message>
    <message>
        <source>%1 is a private address; the internet reaches public addresses only, and no NAT mapping or load balancer is in front of %2</source>
        <translation>%1 est une adresse privée ; Internet n&apos;atteint que des adresses publiques, et aucun mappage NAT ni répartiteur de charge ne se trouve devant %2</translation>
    </message>
    <message>
        <source>NAT %1&apos;s outside address is private; the internet reaches public addresses only</source>
        <translation>l&apos;adresse externe du NAT %1 est privée ; Internet n&apos;atteint que des adresses publiques</translation>
    </message>
    <message>
        <source>NAT %1 stands in front of %2 and has no mapping to %3 %4</source>
        <translation>le NAT %1 se trouve devant %2 et n&apos;a aucun mappage vers %3 %4</translation>
    </message>
    <message>
        <source>%1 has only private addresses and no source NAT stands between it and the internet</source>
        <translation>%1 n&apos;a que des adresses privées et aucun NAT source ne se trouve entre lui et Internet</translation>
    </message>
    <message>
        <source>%1 has only private addresses and NAT %2 does not translate its source (no source_nat, or a private outside address)</source>
        <translation>%1 n&apos;a que des adresses privées et le NAT %2 ne traduit pas sa source (pas de source_nat, ou une adresse externe privée)</translation>
    </message>
    <message>
        <source>%1 is private and no link (VPN, peering) joins the site of %2 to the site of %3</source>
        <translation>%1 est privée et aucun lien (VPN, peering) ne relie le site de %2 au site de %3</translation>
    </message>
    <message>
        <source>the outside address of NAT %1</source>
        <translation>l&apos;adresse externe du NAT %1</translation>
    </message>
    <message>
        <source>%1 has no address and its zone no CIDRs, so the path cannot be judged</source>
        <translation>%1 n&apos;a pas d&apos;adresse et sa zone pas de CIDR, le chemin ne peut donc pas être évalué</translation>
    </message>
    <message>
        <source>over %1: %2 (over %3 the path status is %4)</source>
        <translation>en %1 : %2 (en %3, l&apos;état du chemin est : %4)</translation>
    </message>
</context>
<context>
    <name>GatewayIptablesExporter</name>
    <message>
        <source>Gateway iptables-restore (IPv4 forward and NAT)</source>
        <translation>Passerelle iptables-restore (transfert IPv4 et NAT)</translation>
    </message>
    <message>
        <source>Gateway ip6tables-restore (IPv6 forward and NAT)</source>
        <translation>Passerelle ip6tables-restore (transfert IPv6 et NAT)</translation>
    </message>
    <message>
        <source>On each router, as root: save the current rules (`%1-save &gt; /root/rules-before.%2`), check the file (`%1-restore --test &lt; FILE`), then apply it (`%1-restore &lt; FILE`). A firewall file replaces the `filter` table (INPUT and OUTPUT stay ACCEPT, FORWARD drops what the plan does not list); a NAT file replaces the `nat` table; a router that is both applies both. iptables cannot set a session timeout per rule: where the plan states one, the file&apos;s header names the sysctl (`net.netfilter.nf_conntrack_tcp_timeout_established`) to set by hand. Roll back with `%1-restore &lt; /root/rules-before.%2`.</source>
        <translation>Sur chaque routeur, en tant que root : sauvegardez les règles actuelles (`%1-save &gt; /root/rules-before.%2`), vérifiez le fichier (`%1-restore --test &lt; FILE`), puis appliquez-le (`%1-restore &lt; FILE`). Un fichier de pare-feu remplace la table `filter` (INPUT et OUTPUT restent à ACCEPT, FORWARD rejette ce que le plan ne liste pas) ; un fichier NAT remplace la table `nat` ; un routeur qui est les deux applique les deux. iptables ne peut pas définir de délai de session par règle : là où le plan en indique un, l&apos;en-tête du fichier nomme le sysctl (`net.netfilter.nf_conntrack_tcp_timeout_established`) à régler à la main. Revenez en arrière avec `%1-restore &lt; /root/rules-before.%2`.</translation>
    </message>
    <message>
        <source>A rule&apos;s ports need %1 multiport matches (at most %2 slots each, a range takes two); it was split into %1 rules per address pair.</source>
        <translation>Les ports d&apos;une règle nécessitent %1 correspondances multiport (au plus %2 emplacements chacune, une plage en prend deux) ; elle a été scindée en %1 règles par paire d&apos;adresses.</translation>
    </message>
    <message>
        <source>A rule comment was cut to %1 characters.</source>
        <translation>Un commentaire de règle a été tronqué à %1 caractères.</translation>
    </message>
    <message>
        <source>%1 forward rules (filter table) for the boundary firewall %2, for %3-restore</source>
        <translation>%1 règles de transfert (table filter) pour le pare-feu périmétrique %2, pour %3-restore</translation>
    </message>
    <message>
        <source>%1 NAT rules (nat table) for the NAT layer %2, for %3-restore</source>
        <translation>%1 règles NAT (table nat) pour la couche NAT %2, pour %3-restore</translation>
    </message>
</context>
<context>
    <name>GatewayNftablesExporter</name>
    <message>
        <source>Gateway nftables (forward and NAT)</source>
        <translation>Passerelle nftables (transfert et NAT)</translation>
    </message>
    <message>
        <source>On each router, as root: save the current ruleset (`nft list ruleset &gt; /root/ruleset-before.nft`), check the file (`nft -c -f FILE`), then apply it (`nft -f FILE`). Each file replaces only its own table (`inet portolan-fw-&lt;id&gt;` or `inet portolan-nat-&lt;id&gt;`); a router that is both the firewall and the NAT loads both files, in either order. IP forwarding must be on (`sysctl -w net.ipv4.ip_forward=1`, `net.ipv6.conf.all.forwarding=1`). Roll back with `nft delete table inet portolan-fw-&lt;id&gt;` (or `nft flush ruleset &amp;&amp; nft -f /root/ruleset-before.nft`).</source>
        <translation>Sur chaque routeur, en tant que root : sauvegardez le ruleset actuel (`nft list ruleset &gt; /root/ruleset-before.nft`), vérifiez le fichier (`nft -c -f FILE`), puis appliquez-le (`nft -f FILE`). Chaque fichier ne remplace que sa propre table (`inet portolan-fw-&lt;id&gt;` ou `inet portolan-nat-&lt;id&gt;`) ; un routeur qui est à la fois le pare-feu et le NAT charge les deux fichiers, dans n&apos;importe quel ordre. Le routage IP doit être activé (`sysctl -w net.ipv4.ip_forward=1`, `net.ipv6.conf.all.forwarding=1`). Revenez en arrière avec `nft delete table inet portolan-fw-&lt;id&gt;` (ou `nft flush ruleset &amp;&amp; nft -f /root/ruleset-before.nft`).</translation>
    </message>
    <message>
        <source>A rule comment was cut to %1 characters.</source>
        <translation>Un commentaire de règle a été tronqué à %1 caractères.</translation>
    </message>
    <message>
        <source>nftables forward rules (table inet %1) for the boundary firewall %2</source>
        <translation>Règles de transfert nftables (table inet %1) pour le pare-feu périmétrique %2</translation>
    </message>
    <message>
        <source>nftables NAT rules (table inet %1) for the NAT layer %2</source>
        <translation>Règles NAT nftables (table inet %1) pour la couche NAT %2</translation>
    </message>
</context>
<context>
    <name>GatewayPfExporter</name>
    <message>
        <source>Gateway pf (OpenBSD pf: pass, rdr-to, nat-to)</source>
        <translation>Passerelle pf (OpenBSD pf : pass, rdr-to, nat-to)</translation>
    </message>
    <message>
        <source>On each router (OpenBSD; OPNsense and pfSense take the same rules through their rule editor): keep the current file (`cp /etc/pf.conf /root/pf.conf.before`), check the new one (`pfctl -nf FILE`), install it as /etc/pf.conf and load it (`pfctl -f /etc/pf.conf`), with `net.inet.ip.forwarding=1`. pf loads one ruleset per device: on a router that is both the firewall and the NAT, copy the NAT file beside it and uncomment the firewall file&apos;s `include` line, which comes before the filter rules so that they see the translated addresses. Roll back with `pfctl -f /root/pf.conf.before`. **Not validated** here: there is no pfctl on Linux; the tests check the files&apos; structure only.</source>
        <translation>Sur chaque routeur (OpenBSD ; OPNsense et pfSense acceptent les mêmes règles via leur éditeur de règles) : conservez le fichier actuel (`cp /etc/pf.conf /root/pf.conf.before`), vérifiez le nouveau (`pfctl -nf FILE`), installez-le en tant que /etc/pf.conf et chargez-le (`pfctl -f /etc/pf.conf`), avec `net.inet.ip.forwarding=1`. pf charge un seul ruleset par équipement : sur un routeur qui est à la fois le pare-feu et le NAT, copiez le fichier NAT à côté et décommentez la ligne `include` du fichier de pare-feu, qui précède les règles de filtrage afin qu&apos;elles voient les adresses traduites. Revenez en arrière avec `pfctl -f /root/pf.conf.before`. **Non validé** ici : il n&apos;y a pas de pfctl sous Linux ; les tests ne vérifient que la structure des fichiers.</translation>
    </message>
    <message>
        <source>pf rules for the boundary firewall %1 (OpenBSD syntax; not validated: no pfctl on Linux)</source>
        <translation>Règles pf pour le pare-feu périmétrique %1 (syntaxe OpenBSD ; non validé : pas de pfctl sous Linux)</translation>
    </message>
    <message>
        <source>pf translations for the NAT layer %1 (OpenBSD syntax; not validated: no pfctl on Linux)</source>
        <translation>Traductions pf pour la couche NAT %1 (syntaxe OpenBSD ; non validé : pas de pfctl sous Linux)</translation>
    </message>
</context>
<context>
    <name>GatewayTarget</name>
    <message>
        <source>The plan has no rule set for this firewall; its file drops every forwarded connection.</source>
        <translation>Le plan n&apos;a aucun jeu de règles pour ce pare-feu ; son fichier rejette toute connexion routée.</translation>
    </message>
    <message>
        <source>A %1 rule without valid ports was left out.</source>
        <translation>Une règle %1 sans ports valides a été omise.</translation>
    </message>
    <message>
        <source>A rule names the group &apos;%1&apos;, which a boundary firewall cannot use; the rule was left out.</source>
        <translation>Une règle nomme le groupe &apos;%1&apos;, qu&apos;un pare-feu périmétrique ne peut pas utiliser ; la règle a été omise.</translation>
    </message>
    <message>
        <source>A rule has no %1 addresses; it was left out.</source>
        <translation>Une règle n&apos;a pas d&apos;adresses %1 ; elle a été omise.</translation>
    </message>
    <message>
        <source>A mapping without a protocol, addresses or valid ports was left out.</source>
        <translation>Un mappage sans protocole, adresses ou ports valides a été omis.</translation>
    </message>
    <message>
        <source>The mapping %1 to %2 changes the IP family, which these targets cannot do; it was left out.</source>
        <translation>Le mappage de %1 vers %2 change de famille IP, ce que ces cibles ne savent pas faire ; il a été omis.</translation>
    </message>
    <message>
        <source>The mapping of ports %1 to %2 has ranges of different sizes; it was left out.</source>
        <translation>Le mappage des ports %1 vers %2 a des plages de tailles différentes ; il a été omis.</translation>
    </message>
    <message>
        <source>The mapping of ports %1 to %2 moves %3 ports one by one, more than %4; it was left out. Keep the port numbers (same range outside and inside) instead.</source>
        <translation>Le mappage des ports %1 vers %2 déplace %3 ports un par un, plus de %4 ; il a été omis. Conservez plutôt les numéros de port (même plage à l&apos;extérieur et à l&apos;intérieur).</translation>
    </message>
    <message>
        <source>The NAT layer has neither mappings nor source NAT; its file translates nothing.</source>
        <translation>La couche NAT n&apos;a ni mappages ni NAT source ; son fichier ne traduit rien.</translation>
    </message>
</context>
<context>
    <name>GcloudExporter</name>
    <message>
        <source>Google Cloud VPC firewall rules as gcloud commands (bash)</source>
        <translation>Règles de pare-feu VPC Google Cloud sous forme de commandes gcloud (bash)</translation>
    </message>
    <message>
        <source>Google Cloud firewall rules (gcloud script)</source>
        <translation>Règles de pare-feu Google Cloud (script gcloud)</translation>
    </message>
</context>
<context>
    <name>GcpResources</name>
    <message>
        <source>A rule of %1 refers to the unknown group %2.</source>
        <translation>Une règle de %1 fait référence au groupe inconnu %2.</translation>
    </message>
    <message>
        <source>A rule of %1 has no %2 addresses to allow: Google Cloud needs source or destination ranges for it.</source>
        <translation>Une règle de %1 n&apos;a aucune adresse %2 à autoriser : Google Cloud exige des plages source ou destination pour elle.</translation>
    </message>
</context>
<context>
    <name>GcpTerraformExporter</name>
    <message>
        <source>Google Cloud VPC firewall rules (google_compute_firewall) for Terraform</source>
        <translation>Règles de pare-feu VPC Google Cloud (google_compute_firewall) pour Terraform</translation>
    </message>
    <message>
        <source>Google Cloud firewall rules (Terraform)</source>
        <translation>Règles de pare-feu Google Cloud (Terraform)</translation>
    </message>
</context>
<context>
    <name>HaproxyExporter</name>
    <message>
        <source>HAProxy (load balancer listeners)</source>
        <translation>HAProxy (écouteurs de répartiteur de charge)</translation>
    </message>
    <message>
        <source>On each load balancer host: put the certificate and key of every TLS-terminating listener, as one PEM file named in its `crt` line, in %1 (the file&apos;s `crt-base`). Keep the current configuration (`cp /etc/haproxy/haproxy.cfg /root/haproxy.cfg.before`), check the new one (`haproxy -c -f FILE`), install it as /etc/haproxy/haproxy.cfg and reload HAProxy. Roll back by copying the saved file back and reloading. HAProxy balances TCP and HTTP only: a UDP listener (TURN/UDP, ICE) is listed under the problems and left out; balance it with nginx `stream` (`listen PORT udp;`) or the cloud&apos;s network load balancer.</source>
        <translation>Sur chaque hôte de répartiteur de charge : placez le certificat et la clé de chaque écouteur qui termine TLS, sous forme d&apos;un fichier PEM nommé dans sa ligne `crt`, dans %1 (le `crt-base` du fichier). Conservez la configuration actuelle (`cp /etc/haproxy/haproxy.cfg /root/haproxy.cfg.before`), vérifiez la nouvelle (`haproxy -c -f FILE`), installez-la en tant que /etc/haproxy/haproxy.cfg et rechargez HAProxy. Revenez en arrière en recopiant le fichier sauvegardé puis en rechargeant. HAProxy ne répartit que TCP et HTTP : un écouteur UDP (TURN/UDP, ICE) est listé parmi les problèmes et omis ; répartissez-le avec nginx `stream` (`listen PORT udp;`) ou le répartiteur de charge réseau du cloud.</translation>
    </message>
    <message>
        <source>UDP listener on port %1 is not supported by HAProxy (TCP and HTTP only) and was left out; use nginx stream (`listen %1 udp;`) or a network load balancer for it.</source>
        <translation>L&apos;écouteur UDP sur le port %1 n&apos;est pas pris en charge par HAProxy (TCP et HTTP uniquement) et a été omis ; utilisez pour lui nginx stream (`listen %1 udp;`) ou un répartiteur de charge réseau.</translation>
    </message>
    <message>
        <source>HAProxy configuration for the load balancer %1</source>
        <translation>Configuration HAProxy pour le répartiteur de charge %1</translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>Move one of them to a free port in its settings.</source>
        <translation>Déplacez l&apos;un d&apos;eux vers un port libre dans ses paramètres.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on port %3, below 1024: the %4 process needs root or the CAP_NET_BIND_SERVICE capability.</source>
        <translation>%1 écoute pour %2 sur le port %3, inférieur à 1024 : le processus %4 nécessite root ou la capacité CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>Grant CAP_NET_BIND_SERVICE to the service (e.g. systemd AmbientCapabilities), or listen on a port from 1024 up and let a load balancer or NAT forward the low port.</source>
        <translation>Accordez CAP_NET_BIND_SERVICE au service (par ex. AmbientCapabilities de systemd), ou écoutez sur un port à partir de 1024 et laissez un répartiteur de charge ou un NAT rediriger le port bas.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on port %3 in transparent mode: the process needs root or CAP_NET_ADMIN, and the packet filter must redirect the original ports to it.</source>
        <translation>%1 écoute pour %2 sur le port %3 en mode transparent : le processus nécessite root ou CAP_NET_ADMIN, et le filtre de paquets doit y rediriger les ports d&apos;origine.</translation>
    </message>
    <message>
        <source>The node has no redirect to port %1.</source>
        <translation>Le nœud n&apos;a aucune redirection vers le port %1.</translation>
    </message>
    <message>
        <source>Grant CAP_NET_ADMIN to the service.</source>
        <translation>Accordez CAP_NET_ADMIN au service.</translation>
    </message>
    <message>
        <source>Grant CAP_NET_ADMIN to the service and add a redirect (match: the original ports, to: %1) to the node.</source>
        <translation>Accordez CAP_NET_ADMIN au service et ajoutez au nœud une redirection (match : les ports d&apos;origine, to : %1).</translation>
    </message>
    <message>
        <source>%1 plans %2 participants per host at %3 ports each (%4 ports), but %5 is %6 (%7 ports).</source>
        <translation>%1 prévoit %2 participants par hôte à %3 ports chacun (%4 ports), mais %5 vaut %6 (%7 ports).</translation>
    </message>
    <message>
        <source>Widen the range to at least %1 ports (e.g. %2-%3), or spread the load over more hosts.</source>
        <translation>Élargissez la plage à au moins %1 ports (par ex. %2-%3), ou répartissez la charge sur davantage d&apos;hôtes.</translation>
    </message>
    <message>
        <source>%1 serves %2 on port %3 with no load balancer in front; clients behind strict firewalls reach only port %4.</source>
        <translation>%1 sert %2 sur le port %3 sans répartiteur de charge en amont ; les clients derrière des pare-feu stricts n&apos;atteignent que le port %4.</translation>
    </message>
    <message>
        <source>Put a load balancer in front of it, or serve it on port %1.</source>
        <translation>Placez un répartiteur de charge devant, ou servez-le sur le port %1.</translation>
    </message>
    <message>
        <source>Set %1 to %2, or put a load balancer in front of it.</source>
        <translation>Définissez %1 à %2, ou placez un répartiteur de charge devant.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>ports %1</translation>
    </message>
    <message>
        <source>%1 and %2 both claim %3 %4 on %5.</source>
        <translation>%1 et %2 revendiquent tous deux %3 %4 sur %5.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>%1 ports claim %2 %3 on %4: %5.</source>
        <translation>%1 ports revendiquent %2 %3 sur %4 : %5.</translation>
    </message>
    <message>
        <source>Leave one of them there and move the others to free ports in their settings.</source>
        <translation>Laissez l&apos;un d&apos;eux à cet endroit et déplacez les autres vers des ports libres dans leurs paramètres.</translation>
    </message>
</context>
<context>
    <name>HostTarget</name>
    <message>
        <source>A %1 rule without valid ports was left out.</source>
        <translation>Une règle %1 sans ports valides a été omise.</translation>
    </message>
    <message>
        <source>A rule names the group &apos;%1&apos;, which the plan does not have; the rule was left out.</source>
        <translation>Une règle nomme le groupe &apos;%1&apos;, absent du plan ; la règle a été omise.</translation>
    </message>
    <message>
        <source>A rule has no %1 peer addresses; it was left out.</source>
        <translation>Une règle n&apos;a aucune adresse %1 de pair ; elle a été omise.</translation>
    </message>
    <message>
        <source>A rule has no %1 local addresses; it was left out.</source>
        <translation>Une règle n&apos;a aucune adresse %1 locale ; elle a été omise.</translation>
    </message>
</context>
<context>
    <name>IptablesExporter</name>
    <message>
        <source>iptables-restore (IPv4)</source>
        <translation>iptables-restore (IPv4)</translation>
    </message>
    <message>
        <source>ip6tables-restore (IPv6)</source>
        <translation>ip6tables-restore (IPv6)</translation>
    </message>
    <message>
        <source>%1 rules for node %2, for %3-restore</source>
        <translation>règles %1 pour le nœud %2, pour %3-restore</translation>
    </message>
    <message>
        <source>%1 rule %2 (%3)</source>
        <translation>règle %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: its ports need %2 multiport matches (at most %3 slots each, a range takes two); it was split into %2 rules per address.</source>
        <translation>%1 : ses ports nécessitent %2 correspondances multiport (au plus %3 emplacements chacune, une plage en prend deux) ; elle a été scindée en %2 règles par adresse.</translation>
    </message>
    <message>
        <source>%1: its comment was cut to %2 characters.</source>
        <translation>%1 : son commentaire a été tronqué à %2 caractères.</translation>
    </message>
    <message>
        <source>On each node, as root: save the current rules (`%1-save &gt; /root/rules-before.%2`), check the file (`%1-restore --test &lt; FILE`), then apply it (`%1-restore &lt; FILE`). To keep it across reboots on Debian, install iptables-persistent and copy the file to /etc/iptables/rules.%2. Roll back with `%1-restore &lt; /root/rules-before.%2`. Egress: OUTPUT defaults to ACCEPT (the plan does not list every outbound connection); FORWARD to DROP. A long address list that many nodes share (a cluster&apos;s members) is written once, as an ipset in sets/NAME.ipset (package ipset), and matched with `-m set`: on each node whose file names it, load it first (`ipset restore -exist &lt; sets/NAME.ipset`), then check and apply the file. To roll back, restore the old rules first, then `ipset destroy NAME` (a set a rule uses cannot be destroyed); each file&apos;s header lists its sets.</source>
        <translation>Sur chaque nœud, en root : sauvegardez les règles actuelles (`%1-save &gt; /root/rules-before.%2`), vérifiez le fichier (`%1-restore --test &lt; FILE`), puis appliquez-le (`%1-restore &lt; FILE`). Pour le conserver après un redémarrage sous Debian, installez iptables-persistent et copiez le fichier dans /etc/iptables/rules.%2. Revenez en arrière avec `%1-restore &lt; /root/rules-before.%2`. Sortie : OUTPUT est à ACCEPT par défaut (le plan ne liste pas toutes les connexions sortantes) ; FORWARD à DROP. Une longue liste d&apos;adresses partagée par de nombreux nœuds (les membres d&apos;un cluster) est écrite une seule fois, comme ipset dans sets/NAME.ipset (paquet ipset), et testée avec `-m set` : sur chaque nœud dont le fichier la nomme, chargez-la d&apos;abord (`ipset restore -exist &lt; sets/NAME.ipset`), puis vérifiez et appliquez le fichier. Pour revenir en arrière, restaurez d&apos;abord les anciennes règles, puis `ipset destroy NAME` (un set utilisé par une règle ne peut pas être détruit) ; l&apos;en-tête de chaque fichier liste ses sets.</translation>
    </message>
    <message numerus="yes">
        <source>ipset %1 (%2 addresses), matched by %n %3 host files</source>
        <translation>
            <numerusform>ipset %1 (%2 adresses), utilisé par %n fichier d&apos;hôte %3</numerusform>
            <numerusform>ipset %1 (%2 adresses), utilisé par %n fichiers d&apos;hôte %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IptablesReader</name>
    <message>
        <source>table %1 starts before table %2 was committed</source>
        <translation>la table %1 commence avant que la table %2 ait été validée par COMMIT</translation>
    </message>
    <message>
        <source>a table name is missing after &apos;*&apos;</source>
        <translation>nom de table manquant après &apos;*&apos;</translation>
    </message>
    <message>
        <source>COMMIT outside a table</source>
        <translation>COMMIT hors d&apos;une table</translation>
    </message>
    <message>
        <source>a line outside a table (expected &apos;*filter&apos; before it)</source>
        <translation>une ligne hors d&apos;une table (&apos;*filter&apos; attendu avant elle)</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <source>a chain line needs a name and a policy</source>
        <translation>une ligne de chaîne nécessite un nom et une politique</translation>
    </message>
    <message>
        <source>a chain name is missing</source>
        <translation>nom de chaîne manquant</translation>
    </message>
    <message>
        <source>unknown chain policy &apos;%1&apos; (ACCEPT, DROP or -)</source>
        <translation>politique de chaîne inconnue &apos;%1&apos; (ACCEPT, DROP ou -)</translation>
    </message>
    <message>
        <source>chain %1 is declared twice</source>
        <translation>la chaîne %1 est déclarée deux fois</translation>
    </message>
    <message>
        <source>a user chain cannot have a policy (&apos;-&apos; expected)</source>
        <translation>une chaîne utilisateur ne peut pas avoir de politique (&apos;-&apos; attendu)</translation>
    </message>
    <message>
        <source>expected a rule (&apos;-A CHAIN ...&apos;), a chain (&apos;:CHAIN POLICY&apos;) or COMMIT</source>
        <translation>attendu : une règle (&apos;-A CHAIN ...&apos;), une chaîne (&apos;:CHAIN POLICY&apos;) ou COMMIT</translation>
    </message>
    <message>
        <source>a chain name is missing after %1</source>
        <translation>nom de chaîne manquant après %1</translation>
    </message>
    <message>
        <source>chain %1 was not declared (&apos;:%1 - [0:0]&apos;)</source>
        <translation>la chaîne %1 n&apos;a pas été déclarée (&apos;:%1 - [0:0]&apos;)</translation>
    </message>
    <message>
        <source>%1 (%2:%3:%4)</source>
        <translation>%1 (%2:%3:%4)</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 nécessite une valeur</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>protocole inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>address &apos;%1&apos; is not %2</source>
        <translation>l&apos;adresse &apos;%1&apos; n&apos;est pas une adresse %2</translation>
    </message>
    <message>
        <source>bad address &apos;%1&apos;</source>
        <translation>adresse invalide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>interface match %1%2 %3</source>
        <translation>correspondance d&apos;interface %1%2 %3</translation>
    </message>
    <message>
        <source>match module &apos;%1&apos;</source>
        <translation>module de correspondance &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad port &apos;%1&apos;</source>
        <translation>port invalide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown connection state &apos;%1&apos;</source>
        <translation>état de connexion inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ICMP type &apos;%1&apos;</source>
        <translation>type ICMP &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ipset &apos;%1&apos; (no `ipset save` output names it)</source>
        <translation>ipset &apos;%1&apos; (aucune sortie de `ipset save` ne le nomme)</translation>
    </message>
    <message>
        <source>ipset &apos;%1&apos; of type %2 matched on %3</source>
        <translation>ipset &apos;%1&apos; de type %2 avec correspondance sur %3</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>match %1%2</source>
        <translation>correspondance %1%2</translation>
    </message>
    <message>
        <source>unexpected word &apos;%1&apos;</source>
        <translation>mot inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a port match needs a protocol (-p tcp or -p udp)</source>
        <translation>une correspondance de port nécessite un protocole (-p tcp ou -p udp)</translation>
    </message>
    <message>
        <source>table %1 is not committed (COMMIT is missing)</source>
        <translation>la table %1 n&apos;est pas validée (COMMIT manquant)</translation>
    </message>
    <message>
        <source>jump to chain %1, which is not declared</source>
        <translation>saut vers la chaîne %1, qui n&apos;est pas déclarée</translation>
    </message>
    <message>
        <source>not understood, evaluated conservatively: %1</source>
        <translation>non compris, évalué de façon conservatrice : %1</translation>
    </message>
    <message>
        <source>create needs a set name and a type</source>
        <translation>create nécessite un nom de set et un type</translation>
    </message>
    <message>
        <source>add needs a set name and an entry</source>
        <translation>add nécessite un nom de set et une entrée</translation>
    </message>
    <message>
        <source>set %1 was not created</source>
        <translation>le set %1 n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>bad address range &apos;%1&apos;</source>
        <translation>plage d&apos;adresses invalide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;create&apos; or &apos;add&apos; (the output of `ipset save`)</source>
        <translation>&apos;create&apos; ou &apos;add&apos; attendu (la sortie de `ipset save`)</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
</context>
<context>
    <name>K8sPolicyReader</name>
    <message>
        <source>a document is not a map</source>
        <translation>un document n&apos;est pas une table</translation>
    </message>
    <message>
        <source>a NetworkPolicy without a spec</source>
        <translation>une NetworkPolicy sans spec</translation>
    </message>
    <message>
        <source>unknown policy type &apos;%1&apos;</source>
        <translation>type de politique inconnu « %1 »</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>tous les ports</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>protocole inconnu « %1 »</translation>
    </message>
    <message>
        <source>named port %1</source>
        <translation>port nommé %1</translation>
    </message>
    <message>
        <source>bad endPort &apos;%1&apos;</source>
        <translation>endPort « %1 » invalide</translation>
    </message>
    <message>
        <source>bad port range %1-%2</source>
        <translation>plage de ports %1-%2 invalide</translation>
    </message>
    <message>
        <source>policy %1 selects pods by labels other than %2</source>
        <translation>la politique %1 choisit les pods par d&apos;autres étiquettes que %2</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <source>bad ipBlock cidr &apos;%1&apos;</source>
        <translation>CIDR ipBlock « %1 » invalide</translation>
    </message>
    <message>
        <source>bad except &apos;%1&apos;</source>
        <translation>except « %1 » invalide</translation>
    </message>
    <message>
        <source>namespaceSelector (the namespaces&apos; labels are not in this file)</source>
        <translation>namespaceSelector (les étiquettes des namespaces ne sont pas dans ce fichier)</translation>
    </message>
    <message>
        <source>podSelector that is not the pods of a plan node with addresses</source>
        <translation>podSelector qui ne désigne pas les pods d&apos;un nœud du plan ayant des adresses</translation>
    </message>
</context>
<context>
    <name>KubernetesExporter</name>
    <message>
        <source>The plan has no node rule sets: no NetworkPolicy was generated.</source>
        <translation>Le plan n&apos;a aucun jeu de règles de nœud : aucune NetworkPolicy n&apos;a été générée.</translation>
    </message>
    <message>
        <source>A rule of %1 names no peers.</source>
        <translation>Une règle de %1 ne nomme aucun pair.</translation>
    </message>
    <message>
        <source>A rule of %1 refers to the unknown group %2.</source>
        <translation>Une règle de %1 fait référence au groupe inconnu %2.</translation>
    </message>
    <message>
        <source>Kubernetes NetworkPolicy objects (kubectl apply -f)</source>
        <translation>Objets NetworkPolicy Kubernetes (kubectl apply -f)</translation>
    </message>
    <message>
        <source>The NetworkPolicy uses endPort for port ranges: it needs Kubernetes 1.25 or later and a network plugin that supports it.</source>
        <translation>La NetworkPolicy utilise endPort pour les plages de ports : elle nécessite Kubernetes 1.25 ou ultérieur et un plugin réseau qui le prend en charge.</translation>
    </message>
    <message>
        <source>Kubernetes NetworkPolicy</source>
        <translation>NetworkPolicy Kubernetes</translation>
    </message>
</context>
<context>
    <name>LabLoads</name>
    <message>
        <source>stand-in: NAT layer %1 has no gateway file (nothing it translates in this family): an nft DNAT/SNAT router built from the plan&apos;s static mappings</source>
        <translation>substitut : la couche NAT %1 n’a pas de fichier de passerelle (rien à traduire dans cette famille) : un routeur nft DNAT/SNAT construit à partir des mappages statiques du plan</translation>
    </message>
    <message>
        <source>stand-in: load balancer %1 is nft DNAT to the first host of each listener&apos;s target, SNAT to its own address (its HAProxy file is checked by haproxy -c, not run here)</source>
        <translation>substitut : le répartiteur de charge %1 est un DNAT nft vers le premier hôte de la cible de chaque écouteur, avec SNAT vers sa propre adresse (son fichier HAProxy est vérifié par haproxy -c, pas exécuté ici)</translation>
    </message>
    <message>
        <source>stand-in: load balancer %1&apos;s UDP listeners (HAProxy serves TCP only) are nft DNAT to the first host of each listener&apos;s target, SNAT to its own address</source>
        <translation>substitut : les écouteurs UDP du répartiteur de charge %1 (HAProxy ne sert que TCP) sont un DNAT nft vers le premier hôte de la cible de chaque écouteur, SNAT vers sa propre adresse</translation>
    </message>
    <message>
        <source>stand-in: boundary firewall %1 has no gateway file in this family: its router filters nothing</source>
        <translation>substitut : le pare-feu périmétrique %1 n&apos;a pas de fichier de passerelle dans cette famille : son routeur ne filtre rien</translation>
    </message>
</context>
<context>
    <name>LabProbeLister</name>
    <message>
        <source>not in the lab: listener %1/%2 of %3 has no target host or port</source>
        <translation>hors du lab : l&apos;écouteur %1/%2 de %3 n&apos;a pas d&apos;hôte ou de port cible</translation>
    </message>
    <message>
        <source>the destination is a zone with no host to receive it</source>
        <translation>la destination est une zone sans hôte pour le recevoir</translation>
    </message>
    <message>
        <source>local port, from anywhere</source>
        <translation>port local, depuis n&apos;importe où</translation>
    </message>
    <message>
        <source>admin port, from a source that is not an admin</source>
        <translation>port d&apos;administration, depuis une source qui n&apos;est pas un administrateur</translation>
    </message>
    <message>
        <source>cluster port, from outside the cluster</source>
        <translation>port de cluster, depuis l&apos;extérieur du cluster</translation>
    </message>
    <message>
        <source>listening port, from the internet</source>
        <translation>port d&apos;écoute, depuis Internet</translation>
    </message>
    <message>
        <source>unplanned port</source>
        <translation>port non prévu</translation>
    </message>
    <message>
        <source>planned port, from a source without a flow</source>
        <translation>port prévu, depuis une source sans flux</translation>
    </message>
    <message>
        <source>not in the lab: listener %1/%2 of %3 on %4: its target has no %5 address and the nft stand-in cannot translate between families</source>
        <translation>pas dans le labo : l&apos;écouteur %1/%2 de %3 sur %4 : sa cible n&apos;a pas d&apos;adresse %5 et le substitut nft ne peut pas traduire d&apos;une famille à l&apos;autre</translation>
    </message>
    <message>
        <source>no source or destination in the lab</source>
        <translation>ni source ni destination dans le labo</translation>
    </message>
    <message>
        <source>the balancer&apos;s listener has no target in the family (%1)</source>
        <translation>l&apos;écouteur du répartiteur de charge n&apos;a pas de cible dans la famille (%1)</translation>
    </message>
    <message>
        <source>not probed over %1: %2 (the balancer&apos;s listener has no target in the family)</source>
        <translation>non sondé via %1 : %2 (l&apos;écouteur du répartiteur de charge n&apos;a pas de cible dans la famille)</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <source>hop: %1: %2</source>
        <translation>saut : %1 : %2</translation>
    </message>
    <message>
        <source>lab: %1 with %2 host rules: %3 namespaces (bridges included), %4 probes, %5 s</source>
        <translation>lab : %1 avec règles d&apos;hôte %2 : %3 espaces de noms (ponts compris), %4 sondes, %5 s</translation>
    </message>
    <message>
        <source>FLOWS (expected open)</source>
        <translation>FLUX (attendus ouverts)</translation>
    </message>
    <message>
        <source>no probe</source>
        <translation>aucune sonde</translation>
    </message>
    <message>
        <source>MUST-NOTS (expected closed): %1 of %2 closed</source>
        <translation>INTERDITS (attendus fermés) : %1 sur %2 fermés</translation>
    </message>
    <message>
        <source>%1: %2 of %3 closed</source>
        <translation>%1 : %2 sur %3 fermés</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>interrupted: the lab was removed</source>
        <translation>interrompu : le lab a été supprimé</translation>
    </message>
    <message>
        <source>ADVERTISE (each peer to the advertised address, answered on the listen port)</source>
        <translation>ANNONCE (chaque pair vers l&apos;adresse annoncée, réponse sur le port d&apos;écoute)</translation>
    </message>
    <message>
        <source>no peer host in the lab</source>
        <translation>aucun hôte pair dans le labo</translation>
    </message>
    <message>
        <source>result: as planned (%1 flows open, %2 skipped, %3 must-nots closed, %4 advertised addresses reached)</source>
        <translation>résultat : conforme au plan (%1 flux ouverts, %2 ignorés, %3 interdits fermés, %4 adresses annoncées atteintes)</translation>
    </message>
    <message>
        <source>result: NOT as planned (%1 of %2 probed flows failed, %3 must-nots open, %4 of %5 advertised addresses not reached)</source>
        <translation>résultat : NON conforme au plan (%1 flux sondés sur %2 en échec, %3 interdits ouverts, %4 adresses annoncées sur %5 non atteintes)</translation>
    </message>
</context>
<context>
    <name>LabRunner</name>
    <message>
        <source>could not create the lab&apos;s network namespaces: %1</source>
        <translation>impossible de créer les espaces de noms réseau du lab : %1</translation>
    </message>
    <message>
        <source>links not up after 20 s: %1</source>
        <translation>liens non actifs après 20 s : %1</translation>
    </message>
    <message>
        <source>%1 did not load into %2 (%3): %4</source>
        <translation>%1 ne s&apos;est pas chargé dans %2 (%3) : %4</translation>
    </message>
    <message>
        <source>the lab agent could not be prepared</source>
        <translation>l&apos;agent du lab n&apos;a pas pu être préparé</translation>
    </message>
    <message>
        <source>the lab agent could not be written to %1</source>
        <translation>l&apos;agent du lab n&apos;a pas pu être écrit dans %1</translation>
    </message>
    <message>
        <source>the lab agent in %1 did not start: %2</source>
        <translation>l&apos;agent du lab dans %1 n&apos;a pas démarré : %2</translation>
    </message>
    <message>
        <source>the lab agent in %1 gave no results</source>
        <translation>l&apos;agent du lab dans %1 n&apos;a donné aucun résultat</translation>
    </message>
    <message>
        <source>accepted by its host rules although no flow allows it</source>
        <translation>accepté par ses règles d&apos;hôte bien qu&apos;aucun flux ne l&apos;autorise</translation>
    </message>
    <message>
        <source>Run it as root (sudo portolan-cli lab ...), or in a container or VM with CAP_NET_ADMIN and CAP_SYS_ADMIN; `portolan-cli check` and `export` need no privileges.</source>
        <translation>Exécutez-le en tant que root (sudo portolan-cli lab ...), ou dans un conteneur ou une VM avec CAP_NET_ADMIN et CAP_SYS_ADMIN ; `portolan-cli check` et `export` ne nécessitent aucun privilège.</translation>
    </message>
    <message>
        <source>the lab needs root: it creates network namespaces. %1</source>
        <translation>le lab nécessite root : il crée des espaces de noms réseau. %1</translation>
    </message>
    <message>
        <source>the lab needs %1 (Debian: apt-get install iproute2 nftables iptables python3)</source>
        <translation>le lab nécessite %1 (Debian : apt-get install iproute2 nftables iptables python3)</translation>
    </message>
    <message>
        <source>network namespaces cannot be made here (%1). %2</source>
        <translation>impossible de créer des espaces de noms réseau ici (%1). %2</translation>
    </message>
    <message>
        <source>the throw-away certificate %1 could not be written</source>
        <translation>le certificat jetable %1 n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>the HAProxy file %1 could not be written to %2</source>
        <translation>le fichier HAProxy %1 n&apos;a pas pu être écrit dans %2</translation>
    </message>
    <message>
        <source>HAProxy did not start with %1 in %2: %3</source>
        <translation>HAProxy n&apos;a pas démarré avec %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>the lab needs openssl: it makes throw-away certificates for the TLS-terminating listeners of %1, which run in haproxy (Debian: apt-get install openssl)</source>
        <translation>le lab nécessite openssl : il crée des certificats jetables pour les écouteurs à terminaison TLS de %1, qui s&apos;exécutent dans haproxy (Debian : apt-get install openssl)</translation>
    </message>
    <message>
        <source>the lab needs openssl: it makes a throw-away certificate for the listeners on the ports the plan serves with TLS (Debian: apt-get install openssl)</source>
        <translation>le labo a besoin d&apos;openssl : il crée un certificat jetable pour les écouteurs sur les ports que le plan sert en TLS (Debian : apt-get install openssl)</translation>
    </message>
</context>
<context>
    <name>LabSession</name>
    <message>
        <source>load balancer %1 runs its own HAProxy file %2 (haproxy -db in its namespace)</source>
        <translation>le répartiteur de charge %1 exécute son propre fichier HAProxy %2 (haproxy -db dans son espace de noms)</translation>
    </message>
    <message>
        <source>load balancer %1 runs its own HAProxy file %2 (haproxy -db in its namespace), crt-base pointed at the lab&apos;s temporary folder, with throw-away certificates for %3</source>
        <translation>le répartiteur de charge %1 exécute son propre fichier HAProxy %2 (haproxy -db dans son espace de noms), crt-base pointant vers le dossier temporaire du labo, avec des certificats jetables pour %3</translation>
    </message>
</context>
<context>
    <name>LabTopologyBuilder</name>
    <message>
        <source>address picked: %1 has no IPv4 address in the plan; the lab gives it %2</source>
        <translation>adresse choisie : %1 n&apos;a pas d&apos;adresse IPv4 dans le plan ; le lab lui donne %2</translation>
    </message>
    <message>
        <source>not in the lab: NAT layer %1 joins zones of one site</source>
        <translation>hors du lab : la couche NAT %1 relie des zones d&apos;un même site</translation>
    </message>
    <message>
        <source>not in the lab: link %1 joins zones of one site (they share a segment)</source>
        <translation>hors du lab : le lien %1 relie des zones d&apos;un même site (elles partagent un segment)</translation>
    </message>
    <message>
        <source>address picked: %1 has no IPv6 address in the plan; the lab gives it %2 from its zone&apos;s IPv6 network</source>
        <translation>adresse choisie : %1 n&apos;a pas d&apos;adresse IPv6 dans le plan ; le labo lui donne %2 du réseau IPv6 de sa zone</translation>
    </message>
    <message>
        <source>not in the lab: %1 has no address and its zone no network to pick one from</source>
        <translation>pas dans le labo : %1 n&apos;a pas d&apos;adresse et sa zone aucun réseau où en choisir une</translation>
    </message>
    <message>
        <source>not in the lab: load balancer %1 has no address</source>
        <translation>pas dans le labo : le répartiteur de charge %1 n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>not in the lab: source %1 has no network to send from</source>
        <translation>pas dans le labo : la source %1 n&apos;a pas de réseau d&apos;où émettre</translation>
    </message>
    <message>
        <source>upstream router: site %1 has public networks and no NAT layer or boundary firewall towards the internet; a plain router joins the two</source>
        <translation>routeur amont : le site %1 a des réseaux publics et ni couche NAT ni pare-feu de bordure vers Internet ; un simple routeur relie les deux</translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation>amont %1</translation>
    </message>
</context>
<context>
    <name>LabTrace</name>
    <message>
        <source>went off the planned path and ended here</source>
        <translation>a quitté le chemin prévu et a fini ici</translation>
    </message>
    <message>
        <source>no route from here to %1</source>
        <translation>aucune route d&apos;ici vers %1</translation>
    </message>
    <message>
        <source>left here, never reached %1</source>
        <translation>est parti d&apos;ici, n&apos;a jamais atteint %1</translation>
    </message>
    <message>
        <source>no route on from here, or delivered here instead of %1</source>
        <translation>aucune route au-delà d&apos;ici, ou livré ici au lieu de %1</translation>
    </message>
    <message>
        <source>dropped on arrival: its host rules did not let it in</source>
        <translation>rejeté à l&apos;arrivée : ses règles d&apos;hôte ne l&apos;ont pas laissé entrer</translation>
    </message>
    <message>
        <source>arrived and was let in; the answer did not come back</source>
        <translation>arrivé et admis ; la réponse n&apos;est pas revenue</translation>
    </message>
    <message>
        <source>taken by the router itself: no translation or route sent it on</source>
        <translation>pris par le routeur lui-même : aucune traduction ni route ne l&apos;a fait suivre</translation>
    </message>
    <message>
        <source>dropped here: not forwarded towards %1</source>
        <translation>rejeté ici : pas transféré vers %1</translation>
    </message>
    <message>
        <source>forwarded, never reached %1</source>
        <translation>transféré, n&apos;a jamais atteint %1</translation>
    </message>
    <message>
        <source>dropped here by the forward rules of boundary firewall %1: not forwarded towards %2</source>
        <translation>rejeté ici par les règles de transfert du pare-feu périmétrique %1 : pas transféré vers %2</translation>
    </message>
</context>
<context>
    <name>ListRowEdit</name>
    <message>
        <source>Add to %1 of %2</source>
        <translation>Ajouter à %1 de %2</translation>
    </message>
    <message>
        <source>Remove from %1 of %2</source>
        <translation>Retirer de %1 de %2</translation>
    </message>
</context>
<context>
    <name>ListenValue</name>
    <message>
        <source>&apos;%1&apos; needs the form [IPv6]:port</source>
        <translation>&apos;%1&apos; doit avoir la forme [IPv6]:port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the form address:port</source>
        <translation>&apos;%1&apos; doit avoir la forme adresse:port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port in 1–65535</source>
        <translation>&apos;%1&apos; n&apos;est pas un port entre 1 et 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>a listen value is empty; write &apos;off&apos; to disable it</source>
        <translation>une valeur d&apos;écoute est vide ; écrivez &apos;off&apos; pour la désactiver</translation>
    </message>
    <message>
        <source>an empty entry in &apos;%1&apos;</source>
        <translation>une entrée vide dans &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LoadBalancerTarget</name>
    <message>
        <source>Two listeners use %1 port %2; the second was left out.</source>
        <translation>Deux écouteurs utilisent le port %1 %2 ; le second a été omis.</translation>
    </message>
    <message>
        <source>The %1 listener on port %2 has no resolved target (node %3, port %4); it was left out.</source>
        <translation>L&apos;écouteur %1 sur le port %2 n&apos;a pas de cible résolue (nœud %3, port %4) ; il a été omis.</translation>
    </message>
    <message>
        <source>Node %1 has %2 hosts but %3 addresses: the listener on port %4 names only those; add the other hosts by hand.</source>
        <translation>Le nœud %1 a %2 hôtes mais %3 adresses : l&apos;écouteur sur le port %4 ne nomme que celles-ci ; ajoutez les autres hôtes à la main.</translation>
    </message>
</context>
<context>
    <name>MapReader</name>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 doit être une table de clés et de valeurs</translation>
    </message>
    <message>
        <source>a key in %1 must be a plain word</source>
        <translation>une clé dans %1 doit être un mot simple</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; appears twice in %2</source>
        <translation>la clé &apos;%1&apos; apparaît deux fois dans %2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation>clé inconnue &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>known keys: %1</source>
        <translation>clés connues : %1</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos;</source>
        <translation>%1 nécessite &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; ne doit pas être vide</translation>
    </message>
</context>
<context>
    <name>MoveElementsEdit</name>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NatChecks</name>
    <message>
        <source>they reach it only through NAT %1</source>
        <translation>ils ne l&apos;atteignent qu&apos;à travers le NAT %1</translation>
    </message>
    <message>
        <source>that is not an address and port of the node they can reach (it listens on port %1)</source>
        <translation>ce n&apos;est pas une adresse et un port du nœud qu&apos;ils peuvent atteindre (il écoute sur le port %1)</translation>
    </message>
    <message>
        <source>%1 advertises %2 for %3 %4 to parties in %5, but %6.</source>
        <translation>%1 annonce %2 pour %3 %4 aux participants dans %5, mais %6.</translation>
    </message>
    <message>
        <source>Advertise an address the parties in %1 can reach.</source>
        <translation>Annoncez une adresse que les participants dans %1 peuvent atteindre.</translation>
    </message>
    <message>
        <source>Set %1.</source>
        <translation>Définissez %1.</translation>
    </message>
    <message>
        <source>the NAT&apos;s outside address</source>
        <translation>l&apos;adresse extérieure du NAT</translation>
    </message>
    <message>
        <source>%1 (hosts %2)</source>
        <translation>%1 (hôtes %2)</translation>
    </message>
    <message>
        <source>Parties in %1 reach the %2 port of %3 only through NAT %4, which has no mapping to it.</source>
        <translation>Les participants dans %1 n&apos;atteignent le port %2 de %3 qu&apos;à travers le NAT %4, qui n&apos;a aucune correspondance vers lui.</translation>
    </message>
    <message>
        <source>Add a mapping to NAT %1 from %2 to %3 for %4, and advertise the outside address.</source>
        <translation>Ajoutez au NAT %1 une correspondance de %2 vers %3 pour %4, et annoncez l&apos;adresse extérieure.</translation>
    </message>
    <message>
        <source>NAT %1 forwards %2, but %3 listens for %4 on port %5.</source>
        <translation>Le NAT %1 redirige %2, mais %3 écoute pour %4 sur le port %5.</translation>
    </message>
    <message>
        <source>Change the mapping to forward to port %1.</source>
        <translation>Modifiez la correspondance pour rediriger vers le port %1.</translation>
    </message>
    <message>
        <source>Set %1, or change the mapping to forward to port %2.</source>
        <translation>Définissez %1, ou modifiez la correspondance pour rediriger vers le port %2.</translation>
    </message>
    <message>
        <source>NAT %1 forwards %2 of %3&apos;s %4 port but not %5; the port needs %6.</source>
        <translation>Le NAT %1 redirige %2 du port %4 de %3 mais pas %5 ; le port nécessite %6.</translation>
    </message>
    <message>
        <source>Add a %1 mapping to NAT %2 from %3 to %4.</source>
        <translation>Ajoutez au NAT %2 une correspondance %1 de %3 vers %4.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on the loopback address %3, which no other host can reach.</source>
        <translation>%1 écoute pour %2 sur l&apos;adresse de boucle locale %3, qu&apos;aucun autre hôte ne peut atteindre.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on %3, an address the node does not have (it has %4).</source>
        <translation>%1 écoute pour %2 sur %3, une adresse que le nœud n&apos;a pas (il a %4).</translation>
    </message>
    <message>
        <source>%1 has several addresses (%2); %3 advertises the first non-loopback IPv4 address it finds, likely %4, which parties in %5 cannot reach.</source>
        <translation>%1 a plusieurs adresses (%2) ; %3 annonce la première adresse IPv4 hors boucle locale qu&apos;il trouve, probablement %4, que les participants dans %5 ne peuvent pas atteindre.</translation>
    </message>
    <message>
        <source>Give the node an address its peers can reach, then set %1 to it.</source>
        <translation>Donnez au nœud une adresse que ses pairs peuvent atteindre, puis définissez %1 sur celle-ci.</translation>
    </message>
    <message>
        <source>NAT %1 translates ports (%2) in front of %3&apos;s %4; ICE advertises the port it listens on, so remote parties would send to a port the NAT does not forward.</source>
        <translation>Le NAT %1 traduit les ports (%2) devant %4 de %3 ; ICE annonce le port sur lequel il écoute, donc les participants distants enverraient vers un port que le NAT ne redirige pas.</translation>
    </message>
    <message>
        <source>Map outside ports %1 to the same inside ports on NAT %2.</source>
        <translation>Faites correspondre sur le NAT %2 les ports extérieurs %1 aux mêmes ports intérieurs.</translation>
    </message>
</context>
<context>
    <name>NatReviewPanel</name>
    <message>
        <source>Apply proposed settings</source>
        <translation>Appliquer les paramètres proposés</translation>
    </message>
    <message>
        <source>Apply proposed settings to %1</source>
        <translation>Appliquer les paramètres proposés à %1</translation>
    </message>
</context>
<context>
    <name>NetworkReadme</name>
    <message>
        <source>no file from the chosen targets</source>
        <translation>aucun fichier pour les cibles choisies</translation>
    </message>
    <message>
        <source>## Network devices: which device gets which file</source>
        <translation>## Équipements réseau : quel équipement reçoit quel fichier</translation>
    </message>
    <message>
        <source>Each file is for one device; pick the target (nftables, iptables, pf, HAProxy) the device runs. Apply in this order, so that nothing is reachable before it is filtered:</source>
        <translation>Chaque fichier est destiné à un équipement ; choisissez la cible (nftables, iptables, pf, HAProxy) que l&apos;équipement exécute. Appliquez-les dans cet ordre, afin que rien ne soit joignable avant d&apos;être filtré :</translation>
    </message>
    <message>
        <source>1. Host firewalls of the nodes (the host sections below).</source>
        <translation>1. Pare-feu d&apos;hôte des nœuds (les sections d&apos;hôte ci-dessous).</translation>
    </message>
    <message>
        <source>2. Boundary firewalls: the forward rules, default drop.</source>
        <translation>2. Pare-feu périmétriques : les règles de transfert, rejet par défaut.</translation>
    </message>
    <message>
        <source>3. NAT layers: the translations. A router that is both a firewall and a NAT layer loads both of its files (nftables and iptables files replace only their own table; pf: see its section).</source>
        <translation>3. Couches NAT : les traductions. Un routeur qui est à la fois pare-feu et couche NAT charge ses deux fichiers (les fichiers nftables et iptables ne remplacent que leur propre table ; pf : voir sa section).</translation>
    </message>
    <message>
        <source>4. Load balancers, once the firewalls let their traffic through.</source>
        <translation>4. Répartiteurs de charge, une fois que les pare-feu laissent passer leur trafic.</translation>
    </message>
    <message>
        <source>Boundary firewalls:</source>
        <translation>Pare-feu périmétriques :</translation>
    </message>
    <message>
        <source>- none in the plan</source>
        <translation>- aucun dans le plan</translation>
    </message>
    <message>
        <source>NAT layers:</source>
        <translation>Couches NAT :</translation>
    </message>
    <message>
        <source>Load balancers:</source>
        <translation>Répartiteurs de charge :</translation>
    </message>
</context>
<context>
    <name>NftJsonReader</name>
    <message>
        <source>expected the output of `nft -j list ruleset` (an object with an &quot;nftables&quot; array)</source>
        <translation>sortie de `nft -j list ruleset` attendue (un objet avec un tableau &quot;nftables&quot;)</translation>
    </message>
    <message>
        <source>an element of &quot;nftables&quot; is not an object</source>
        <translation>un élément de &quot;nftables&quot; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>not understood, evaluated conservatively: %1</source>
        <translation>non compris, évalué de façon conservatrice : %1</translation>
    </message>
    <message>
        <source>jump to chain %1, which does not exist</source>
        <translation>saut vers la chaîne %1, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>a chain without a name or table</source>
        <translation>une chaîne sans nom ni table</translation>
    </message>
    <message>
        <source>filter chain %1 on hook %2 is not evaluated (only input, output and forward are)</source>
        <translation>la chaîne de filtrage %1 sur le hook %2 n&apos;est pas évaluée (seules input, output et forward le sont)</translation>
    </message>
    <message>
        <source>unknown chain policy &apos;%1&apos;</source>
        <translation>politique de chaîne inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>set %1 is not in the ruleset</source>
        <translation>le set %1 n&apos;est pas dans le jeu de règles</translation>
    </message>
    <message>
        <source>a range needs two ends</source>
        <translation>une plage nécessite deux bornes</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>opérateur %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>adresse %1</translation>
    </message>
    <message>
        <source>address range</source>
        <translation>plage d&apos;adresses</translation>
    </message>
    <message>
        <source>value %1 of %2</source>
        <translation>valeur %1 de %2</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>protocole %1</translation>
    </message>
    <message>
        <source>meta nfproto %1</source>
        <translation>meta nfproto %1</translation>
    </message>
    <message>
        <source>interface match %1 %2 %3</source>
        <translation>correspondance d&apos;interface %1 %2 %3</translation>
    </message>
    <message>
        <source>ct state %1</source>
        <translation>ct state %1</translation>
    </message>
    <message>
        <source>match on %1</source>
        <translation>correspondance sur %1</translation>
    </message>
    <message>
        <source>a rule of chain %1 %2, which is not listed</source>
        <translation>une règle de la chaîne %1 %2, qui n&apos;est pas listée</translation>
    </message>
    <message>
        <source>a rule without &quot;expr&quot;</source>
        <translation>une règle sans &quot;expr&quot;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>verdict map %1 (%2)</source>
        <translation>map de verdicts %1 (%2)</translation>
    </message>
    <message>
        <source>verdict %1 (%2)</source>
        <translation>verdict %1 (%2)</translation>
    </message>
    <message>
        <source>statement %1 (%2)</source>
        <translation>instruction %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NftablesExporter</name>
    <message>
        <source>nftables (inet table)</source>
        <translation>nftables (table inet)</translation>
    </message>
    <message>
        <source>nftables ruleset (table inet portolan) for node %1</source>
        <translation>jeu de règles nftables (table inet portolan) pour le nœud %1</translation>
    </message>
    <message>
        <source>Chain %1, %2 rule %3 (%4): its comment was cut to %5 characters.</source>
        <translation>Chaîne %1, règle %2 %3 (%4) : son commentaire a été tronqué à %5 caractères.</translation>
    </message>
    <message>
        <source>On each node, as root: save the current ruleset (`nft list ruleset &gt; /root/ruleset-before.nft`), check the file (`nft -c -f FILE`), then apply it (`nft -f FILE`). The file replaces only the table `inet portolan` and leaves other tables alone. To keep it across reboots, include it from /etc/nftables.conf. Roll back with `nft delete table inet portolan` (or `nft flush ruleset &amp;&amp; nft -f /root/ruleset-before.nft`). Egress: policy accept; the output chain lists the node&apos;s planned outbound services. A long address list that many nodes share (a cluster&apos;s members) is written once in sets/ and included: copy sets/ with the files and run nft with `-I` naming their folder, as each file&apos;s header says.</source>
        <translation>Sur chaque nœud, en root : sauvegardez le jeu de règles actuel (`nft list ruleset &gt; /root/ruleset-before.nft`), vérifiez le fichier (`nft -c -f FILE`), puis appliquez-le (`nft -f FILE`). Le fichier ne remplace que la table `inet portolan` et laisse les autres tables intactes. Pour le conserver après un redémarrage, incluez-le depuis /etc/nftables.conf. Retour arrière avec `nft delete table inet portolan` (ou `nft flush ruleset &amp;&amp; nft -f /root/ruleset-before.nft`). Sortie : politique accept ; la chaîne output liste les services sortants prévus du nœud. Une longue liste d&apos;adresses que de nombreux nœuds partagent (les membres d&apos;un cluster) est écrite une fois dans sets/ et incluse : copiez sets/ avec les fichiers et lancez nft avec `-I` nommant leur dossier, comme l&apos;indique l&apos;en-tête de chaque fichier.</translation>
    </message>
    <message numerus="yes">
        <source>nftables address set %1, included by %n host files</source>
        <translation>
            <numerusform>ensemble d&apos;adresses nftables %1, inclus par %n fichier d&apos;hôte</numerusform>
            <numerusform>ensemble d&apos;adresses nftables %1, inclus par %n fichiers d&apos;hôte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathChecks</name>
    <message>
        <source>%1 cannot reach %2 on %3 (%4 %5): %6; the path stops at %7.</source>
        <translation>%1 ne peut pas atteindre %2 sur %3 (%4 %5) : %6 ; le chemin s&apos;arrête à %7.</translation>
    </message>
    <message>
        <source>Give NAT %1 a public outside address, or put a load balancer with a public address in front of %2.</source>
        <translation>Donnez au NAT %1 une adresse externe publique, ou placez un répartiteur de charge doté d&apos;une adresse publique devant %2.</translation>
    </message>
    <message>
        <source>Put a load balancer with a public address in front of %1, or add a NAT layer between its zone and the internet with a mapping from a public address:%2 to %1:%2 %3.</source>
        <translation>Placez un répartiteur de charge doté d&apos;une adresse publique devant %1, ou ajoutez une couche NAT entre sa zone et Internet avec un mappage d&apos;une adresse publique:%2 vers %1:%2 %3.</translation>
    </message>
    <message>
        <source>&lt;outside address&gt;</source>
        <translation>&lt;adresse externe&gt;</translation>
    </message>
    <message>
        <source>Add a mapping %1:%2 -&gt; &lt;host&gt;:%2 %3 to NAT %4 for each host of %5.</source>
        <translation>Ajoutez au NAT %4 un mappage %1:%2 -&gt; &lt;hôte&gt;:%2 %3 pour chaque hôte de %5.</translation>
    </message>
    <message>
        <source>Add a mapping %1:%2 -&gt; %3:%2 %4 to NAT %5.</source>
        <translation>Ajoutez au NAT %5 un mappage %1:%2 -&gt; %3:%2 %4.</translation>
    </message>
    <message>
        <source>Give NAT %1 a public outside address.</source>
        <translation>Donnez au NAT %1 une adresse externe publique.</translation>
    </message>
    <message>
        <source>Enable source NAT on %1 (source_nat: true).</source>
        <translation>Activez le NAT source sur %1 (source_nat: true).</translation>
    </message>
    <message>
        <source>Add a NAT layer with source_nat: true between %1 and the internet, or give %2 a public address.</source>
        <translation>Ajoutez une couche NAT avec source_nat: true entre %1 et Internet, ou donnez à %2 une adresse publique.</translation>
    </message>
    <message>
        <source>Add a VPN or peering link between %1 and %2.</source>
        <translation>Ajoutez un lien VPN ou de peering entre %1 et %2.</translation>
    </message>
</context>
<context>
    <name>PfExporter</name>
    <message>
        <source>pf.conf (OpenBSD pf)</source>
        <translation>pf.conf (pf d&apos;OpenBSD)</translation>
    </message>
    <message>
        <source>On each node, as root: keep the current file (`cp /etc/pf.conf /root/pf.conf.before`), check the new one (`pfctl -nf FILE`), install it as /etc/pf.conf and load it (`pfctl -f /etc/pf.conf`). Roll back with `pfctl -f /root/pf.conf.before`. The syntax is OpenBSD&apos;s; on FreeBSD rewrite the `rdr-to` lines as `rdr` rules. Egress: `pass out all`; the egress rules list the node&apos;s planned outbound services.</source>
        <translation>Sur chaque nœud, en tant que root : conservez le fichier actuel (`cp /etc/pf.conf /root/pf.conf.before`), vérifiez le nouveau (`pfctl -nf FILE`), installez-le comme /etc/pf.conf et chargez-le (`pfctl -f /etc/pf.conf`). Retour arrière avec `pfctl -f /root/pf.conf.before`. La syntaxe est celle d&apos;OpenBSD ; sous FreeBSD, réécrivez les lignes `rdr-to` en règles `rdr`. Sortie : `pass out all` ; les règles de sortie listent les services sortants prévus du nœud.</translation>
    </message>
    <message>
        <source>pf.conf for node %1 (OpenBSD syntax; not validated: no pfctl on Linux)</source>
        <translation>pf.conf pour le nœud %1 (syntaxe OpenBSD ; non validé : pas de pfctl sous Linux)</translation>
    </message>
</context>
<context>
    <name>PlanDiffReport</name>
    <message>
        <source>Portolan plan diff: %1 → %2</source>
        <translation>Comparaison de plans Portolan : %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new error finding(s)</source>
        <translation>
            <numerusform>%n nouveau constat d&apos;erreur</numerusform>
            <numerusform>%n nouveaux constats d&apos;erreur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) stop working</source>
        <translation>
            <numerusform>%n flux cesse de fonctionner</numerusform>
            <numerusform>%n flux cessent de fonctionner</numerusform>
        </translation>
    </message>
    <message>
        <source>Elements (%1)</source>
        <translation>Éléments (%1)</translation>
    </message>
    <message>
        <source>no enforcement point</source>
        <translation>aucun point d&apos;application</translation>
    </message>
    <message>
        <source>Flows (%1)</source>
        <translation>Flux (%1)</translation>
    </message>
    <message>
        <source>stops working</source>
        <translation>cesse de fonctionner</translation>
    </message>
    <message>
        <source>Path status (%1)</source>
        <translation>État des chemins (%1)</translation>
    </message>
    <message>
        <source>Rules after compaction (%1 point(s))</source>
        <translation>Règles après compactage (%1 point(s))</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouveaux :</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Résolus :</translation>
    </message>
    <message>
        <source>Findings (%1 new, %2 resolved)</source>
        <translation>Constats (%1 nouveaux, %2 résolus)</translation>
    </message>
    <message>
        <source>Export %1: %2</source>
        <translation>Export %1 : %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>elements +%1 -%2 ~%3</source>
        <translation>éléments +%1 -%2 ~%3</translation>
    </message>
    <message>
        <source>flows +%1 -%2 ~%3 (%4 widened, %5 narrowed)</source>
        <translation>flux +%1 -%2 ~%3 (%4 élargis, %5 restreints)</translation>
    </message>
    <message>
        <source>rules +%1 -%2 at %3 point(s)</source>
        <translation>règles +%1 -%2 sur %3 point(s)</translation>
    </message>
    <message>
        <source>findings %1 new (%2 error(s)), %3 resolved</source>
        <translation>constats %1 nouveaux (%2 erreur(s)), %3 résolus</translation>
    </message>
    <message>
        <source>paths %1 changed, %2 stopped working</source>
        <translation>chemins %1 modifiés, %2 ne fonctionnent plus</translation>
    </message>
    <message>
        <source>portolan diff %1 -&gt; %2</source>
        <translation>portolan diff %1 -&gt; %2</translation>
    </message>
    <message>
        <source>NEW ERRORS: %1</source>
        <translation>NOUVELLES ERREURS : %1</translation>
    </message>
    <message>
        <source>FLOWS THAT STOP WORKING: %1</source>
        <translation>FLUX QUI CESSENT DE FONCTIONNER : %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Flows, by enforcement point (+ added, - removed, &gt; widened, &lt; narrowed, ~ changed)</source>
        <translation>Flux par point d&apos;application (+ ajouté, - supprimé, &gt; élargi, &lt; restreint, ~ modifié)</translation>
    </message>
    <message>
        <source>(no enforcement point)</source>
        <translation>(aucun point d&apos;application)</translation>
    </message>
    <message>
        <source>Path status</source>
        <translation>État des chemins</translation>
    </message>
    <message>
        <source>Rules after compaction</source>
        <translation>Règles après compactage</translation>
    </message>
    <message>
        <source>new enforcement point</source>
        <translation>nouveau point d&apos;application</translation>
    </message>
    <message>
        <source>enforcement point gone</source>
        <translation>point d&apos;application disparu</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problème : %1</translation>
    </message>
</context>
<context>
    <name>PointReconciler</name>
    <message>
        <source>no host or AWS enforcement point &apos;%1&apos;</source>
        <translation>aucun hôte ni point d&apos;application AWS &apos;%1&apos;</translation>
    </message>
    <message>
        <source>describe-security-groups output is compared with an AWS point, not with %1</source>
        <translation>la sortie de describe-security-groups est comparée à un point AWS, pas à %1</translation>
    </message>
    <message>
        <source>name the group&apos;s point: --point sg:ID</source>
        <translation>nommez le point du groupe : --point sg:ID</translation>
    </message>
</context>
<context>
    <name>PortMatrix</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>source NAT at %1</source>
        <translation>NAT source sur %1</translation>
    </message>
    <message>
        <source>NAT %1: %2 to %3</source>
        <translation>NAT %1 : %2 vers %3</translation>
    </message>
    <message>
        <source>load balancer %1 (TLS terminated)</source>
        <translation>répartiteur de charge %1 (TLS terminé)</translation>
    </message>
    <message>
        <source>load balancer %1</source>
        <translation>répartiteur de charge %1</translation>
    </message>
    <message>
        <source>through firewall %1</source>
        <translation>à travers le pare-feu %1</translation>
    </message>
    <message>
        <source>over link %1</source>
        <translation>via la liaison %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Port source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Port de destination</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Port matrix</source>
        <translation>Matrice des ports</translation>
    </message>
    <message>
        <source>Port matrix: %1</source>
        <translation>Matrice des ports : %1</translation>
    </message>
    <message>
        <source>The plan has no flows: the port matrix is empty.</source>
        <translation>Le plan n&apos;a aucun flux : la matrice des ports est vide.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>audience %1</source>
        <translation>public %1</translation>
    </message>
</context>
<context>
    <name>PortMatrixCsvExporter</name>
    <message>
        <source>Port matrix as CSV (RFC 4180)</source>
        <translation>Matrice des ports au format CSV (RFC 4180)</translation>
    </message>
    <message>
        <source>Port matrix (CSV)</source>
        <translation>Matrice des ports (CSV)</translation>
    </message>
</context>
<context>
    <name>PortMatrixHtmlExporter</name>
    <message>
        <source>Generated by Portolan from the plan: every connection the products need, as the destination receives it. Source ports are ephemeral.</source>
        <translation>Généré par Portolan à partir du plan : chaque connexion dont les produits ont besoin, telle que la destination la reçoit. Les ports source sont éphémères.</translation>
    </message>
    <message>
        <source>Port matrix as an HTML page</source>
        <translation>Matrice des ports sous forme de page HTML</translation>
    </message>
    <message>
        <source>Port matrix (HTML)</source>
        <translation>Matrice des ports (HTML)</translation>
    </message>
</context>
<context>
    <name>PortMatrixMarkdownExporter</name>
    <message>
        <source>Generated by Portolan from the plan: every connection the products need, as the destination receives it. Source ports are ephemeral.</source>
        <translation>Généré par Portolan à partir du plan : chaque connexion dont les produits ont besoin, telle que la destination la reçoit. Les ports source sont éphémères.</translation>
    </message>
    <message>
        <source>Port matrix as a Markdown table</source>
        <translation>Matrice des ports sous forme de tableau Markdown</translation>
    </message>
    <message>
        <source>Port matrix (Markdown)</source>
        <translation>Matrice des ports (Markdown)</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>TLS not available on this machine; TCP connect only</source>
        <translation>TLS indisponible sur cette machine ; connexion TCP uniquement</translation>
    </message>
    <message>
        <source>no TLS handshake: %1</source>
        <translation>pas de négociation TLS : %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>port injoignable</translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation>aucune réponse dans le délai imparti</translation>
    </message>
</context>
<context>
    <name>ProjectEdits</name>
    <message>
        <source>&apos;%1&apos; is not a zone</source>
        <translation>&apos;%1&apos; n&apos;est pas une zone</translation>
    </message>
    <message>
        <source>a zone cannot be moved into itself or into a zone inside it</source>
        <translation>une zone ne peut pas être déplacée dans elle-même ni dans une zone qu&apos;elle contient</translation>
    </message>
    <message>
        <source>only zones can be at the top level</source>
        <translation>seules les zones peuvent se trouver au niveau supérieur</translation>
    </message>
    <message>
        <source>an id starts with a letter or digit and holds only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>un identifiant commence par une lettre ou un chiffre et ne contient que des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is already used</source>
        <translation>l&apos;identifiant &apos;%1&apos; est déjà utilisé</translation>
    </message>
    <message>
        <source>no element has the id &apos;%1&apos;</source>
        <translation>aucun élément n&apos;a l&apos;identifiant &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ProjectMigrations</name>
    <message>
        <source>no migration from project format %1</source>
        <translation>aucune migration depuis le format de projet %1</translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>a project file must be a mapping with &apos;format&apos; first</source>
        <translation>un fichier de projet doit être une table commençant par &apos;format&apos;</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>&apos;zones&apos;</source>
        <translation>&apos;zones&apos;</translation>
    </message>
    <message>
        <source>&apos;nodes&apos;</source>
        <translation>&apos;nodes&apos;</translation>
    </message>
    <message>
        <source>&apos;load_balancers&apos;</source>
        <translation>&apos;load_balancers&apos;</translation>
    </message>
    <message>
        <source>&apos;nats&apos;</source>
        <translation>&apos;nats&apos;</translation>
    </message>
    <message>
        <source>&apos;firewalls&apos;</source>
        <translation>&apos;firewalls&apos;</translation>
    </message>
    <message>
        <source>&apos;links&apos;</source>
        <translation>&apos;links&apos;</translation>
    </message>
    <message>
        <source>&apos;clients&apos;</source>
        <translation>&apos;clients&apos;</translation>
    </message>
    <message>
        <source>the project has no &apos;format&apos; version</source>
        <translation>le projet n&apos;a pas de version &apos;format&apos;</translation>
    </message>
    <message>
        <source>add &apos;format: %1&apos; as the first line</source>
        <translation>ajoutez &apos;format: %1&apos; en première ligne</translation>
    </message>
    <message>
        <source>project format %1 is newer than this Portolan understands (%2)</source>
        <translation>le format de projet %1 est plus récent que ce que cette version de Portolan comprend (%2)</translation>
    </message>
    <message>
        <source>open it with a newer Portolan; nothing was changed</source>
        <translation>ouvrez-le avec une version plus récente de Portolan ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 63 characters, starting with a letter or digit</source>
        <translation>utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, au plus 63 caractères, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a pair of numbers like [120, 80]</source>
        <translation>&apos;%1&apos; doit être une paire de nombres comme [120, 80]</translation>
    </message>
    <message>
        <source>&apos;size&apos; must be positive</source>
        <translation>&apos;size&apos; doit être positif</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>a zone</source>
        <translation>une zone</translation>
    </message>
    <message>
        <source>unknown zone kind &apos;%1&apos;</source>
        <translation>type de zone inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use internet, cloud, datacenter, vpc, subnet, trusted or network</source>
        <translation>utilisez internet, cloud, datacenter, vpc, subnet, trusted ou network</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;</source>
        <translation>fournisseur inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use aws, gcp, azure, digitalocean or on-premises</source>
        <translation>utilisez aws, gcp, azure, digitalocean ou on-premises</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>un composant</translation>
    </message>
    <message>
        <source>unknown catalog component &apos;%1&apos;</source>
        <translation>composant de catalogue inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>run &apos;portolan-cli catalogs&apos; to list components</source>
        <translation>exécutez &apos;portolan-cli catalogs&apos; pour lister les composants</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source>&apos;settings&apos; must map setting keys to values</source>
        <translation>&apos;settings&apos; doit associer des clés de paramètres à des valeurs</translation>
    </message>
    <message>
        <source>a setting key</source>
        <translation>une clé de paramètre</translation>
    </message>
    <message>
        <source>a setting value</source>
        <translation>une valeur de paramètre</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; appears twice</source>
        <translation>le paramètre &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no setting &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;a pas de paramètre &apos;%2&apos;</translation>
    </message>
    <message>
        <source>known settings: %1</source>
        <translation>paramètres connus : %1</translation>
    </message>
    <message>
        <source>bad value for &apos;%1&apos;: %2</source>
        <translation>valeur incorrecte pour &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>&apos;features&apos; must map feature ids to true or false</source>
        <translation>&apos;features&apos; doit associer des identifiants de fonctionnalité à true ou false</translation>
    </message>
    <message>
        <source>a feature id</source>
        <translation>un identifiant de fonctionnalité</translation>
    </message>
    <message>
        <source>a feature switch</source>
        <translation>un interrupteur de fonctionnalité</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no feature &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;a pas de fonctionnalité &apos;%2&apos;</translation>
    </message>
    <message>
        <source>known features: %1</source>
        <translation>fonctionnalités connues : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>a redirect</source>
        <translation>une redirection</translation>
    </message>
    <message>
        <source>a redirect&apos;s protocol must be tcp or udp</source>
        <translation>le protocole d&apos;une redirection doit être tcp ou udp</translation>
    </message>
    <message>
        <source>&apos;match&apos;</source>
        <translation>&apos;match&apos;</translation>
    </message>
    <message>
        <source>&apos;to&apos;</source>
        <translation>&apos;to&apos;</translation>
    </message>
    <message>
        <source>a node</source>
        <translation>un nœud</translation>
    </message>
    <message>
        <source>%1 addresses for %2 host(s)</source>
        <translation>%1 adresses pour %2 hôte(s)</translation>
    </message>
    <message>
        <source>&apos;components&apos;</source>
        <translation>&apos;components&apos;</translation>
    </message>
    <message>
        <source>&apos;redirects&apos;</source>
        <translation>&apos;redirects&apos;</translation>
    </message>
    <message>
        <source>a listener</source>
        <translation>un écouteur</translation>
    </message>
    <message>
        <source>a listener&apos;s protocol must be tcp or udp</source>
        <translation>le protocole d&apos;un écouteur doit être tcp ou udp</translation>
    </message>
    <message>
        <source>&apos;port&apos;</source>
        <translation>&apos;port&apos;</translation>
    </message>
    <message>
        <source>&apos;tls&apos; must be terminate or passthrough</source>
        <translation>&apos;tls&apos; doit valoir terminate ou passthrough</translation>
    </message>
    <message>
        <source>a load balancer</source>
        <translation>un répartiteur de charge</translation>
    </message>
    <message>
        <source>&apos;listeners&apos;</source>
        <translation>&apos;listeners&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not address:port</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas de la forme adresse:port</translation>
    </message>
    <message>
        <source>write it like 192.0.2.5:9000, 192.0.2.5:50000-60000 or [2001:db8::5]:443</source>
        <translation>écrivez-le comme 192.0.2.5:9000, 192.0.2.5:50000-60000 ou [2001:db8::5]:443</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has a port outside 1–65535 or a range upside down</source>
        <translation>%1 &apos;%2&apos; a un port hors de 1–65535 ou une plage inversée</translation>
    </message>
    <message>
        <source>a NAT mapping</source>
        <translation>une correspondance NAT</translation>
    </message>
    <message>
        <source>a NAT mapping&apos;s protocol must be tcp or udp</source>
        <translation>le protocole d&apos;une correspondance NAT doit être tcp ou udp</translation>
    </message>
    <message>
        <source>write one mapping per protocol</source>
        <translation>écrivez une correspondance par protocole</translation>
    </message>
    <message>
        <source>&apos;outside&apos;</source>
        <translation>&apos;outside&apos;</translation>
    </message>
    <message>
        <source>&apos;inside&apos;</source>
        <translation>&apos;inside&apos;</translation>
    </message>
    <message>
        <source>the inside range has %1 ports but the outside range %2</source>
        <translation>la plage intérieure a %1 ports mais la plage extérieure %2</translation>
    </message>
    <message>
        <source>a NAT layer</source>
        <translation>une couche NAT</translation>
    </message>
    <message>
        <source>&apos;mappings&apos;</source>
        <translation>&apos;mappings&apos;</translation>
    </message>
    <message>
        <source>a firewall</source>
        <translation>un pare-feu</translation>
    </message>
    <message>
        <source>a zone id</source>
        <translation>un identifiant de zone</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>une liaison</translation>
    </message>
    <message>
        <source>unknown link kind &apos;%1&apos;</source>
        <translation>type de liaison inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use vpn or peering</source>
        <translation>utilisez vpn ou peering</translation>
    </message>
    <message>
        <source>&apos;between&apos; must list exactly two zones</source>
        <translation>&apos;between&apos; doit lister exactement deux zones</translation>
    </message>
    <message>
        <source>a link needs two different zones</source>
        <translation>une liaison nécessite deux zones différentes</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>un client</translation>
    </message>
    <message>
        <source>unknown client role &apos;%1&apos;</source>
        <translation>rôle de client inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use users, admins or devices</source>
        <translation>utilisez users, admins ou devices</translation>
    </message>
    <message>
        <source>&apos;uses&apos;</source>
        <translation>&apos;uses&apos;</translation>
    </message>
    <message>
        <source>a use</source>
        <translation>une utilisation</translation>
    </message>
    <message>
        <source>this is a folder, not a project file</source>
        <translation>ceci est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>cannot open the project: %1</source>
        <translation>impossible d&apos;ouvrir le projet : %1</translation>
    </message>
    <message>
        <source>file is %1 bytes, larger than the %2-byte limit</source>
        <translation>le fichier fait %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <source>split the file or remove unrelated content</source>
        <translation>scindez le fichier ou supprimez le contenu sans rapport</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is already used on line %2</source>
        <translation>l&apos;identifiant &apos;%1&apos; est déjà utilisé à la ligne %2</translation>
    </message>
    <message>
        <source>every element needs its own id</source>
        <translation>chaque élément doit avoir son propre identifiant</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos; introuvable</translation>
    </message>
    <message>
        <source>define it first or fix the id</source>
        <translation>définissez-le d&apos;abord ou corrigez l&apos;identifiant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, but a %3 is needed here</source>
        <translation>&apos;%1&apos; est de type %2, mais le type %3 est requis ici</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is inside itself (its parents form a cycle)</source>
        <translation>la zone &apos;%1&apos; est à l&apos;intérieur d&apos;elle-même (ses parents forment un cycle)</translation>
    </message>
    <message>
        <source>fix the &apos;parent&apos; of one of the zones</source>
        <translation>corrigez le &apos;parent&apos; de l&apos;une des zones</translation>
    </message>
    <message>
        <source>NAT layer &apos;%1&apos; has the same zone inside and outside</source>
        <translation>la couche NAT &apos;%1&apos; a la même zone à l&apos;intérieur et à l&apos;extérieur</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; does not run &apos;%2&apos;</source>
        <translation>le nœud &apos;%1&apos; n&apos;exécute pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>add the component to the node or pick another target</source>
        <translation>ajoutez le composant au nœud ou choisissez une autre cible</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;a pas de port &apos;%2&apos;</translation>
    </message>
    <message>
        <source>ports: %1</source>
        <translation>ports : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; offers no port &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;offre pas de port &apos;%2&apos;</translation>
    </message>
    <message>
        <source>list at most one IPv4 and one IPv6 address per host: raise &apos;count&apos; or remove addresses</source>
        <translation>indiquez au plus une adresse IPv4 et une adresse IPv6 par hôte : augmentez &apos;count&apos; ou supprimez des adresses</translation>
    </message>
    <message>
        <source>unknown host firewall &apos;%1&apos;</source>
        <translation>pare-feu d&apos;hôte inconnu « %1 »</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>utilisez l&apos;un de : %1</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>no chain on this hook (the kernel accepts)</source>
        <translation>aucune chaîne sur ce hook (le noyau accepte)</translation>
    </message>
    <message>
        <source>policy %1 of %2</source>
        <translation>politique %1 de %2</translation>
    </message>
    <message>
        <source>not admitted: %1</source>
        <translation>non admis : %1</translation>
    </message>
    <message>
        <source>egress open by policy, as Portolan&apos;s host exports leave it</source>
        <translation>sortie ouverte par la politique, comme la laissent les exports d&apos;hôte de Portolan</translation>
    </message>
    <message>
        <source>forwarded traffic (chain %1): not compared, a host point plans no routed traffic</source>
        <translation>trafic routé (chaîne %1) : non comparé, un point d&apos;hôte ne prévoit aucun trafic routé</translation>
    </message>
    <message>
        <source>can never match a new connection</source>
        <translation>ne peut jamais correspondre à une nouvelle connexion</translation>
    </message>
    <message>
        <source>earlier rules decide all it matches: %1</source>
        <translation>des règles antérieures décident de tout ce qu&apos;elle couvre : %1</translation>
    </message>
    <message numerus="yes">
        <source>the plan has %n %1 rule(s) for this point, but no file of today&apos;s rules speaks for %1: not compared</source>
        <translation>
            <numerusform>le plan a %n règle %1 pour ce point, mais aucun fichier des règles actuelles ne couvre %1 : non comparé</numerusform>
            <numerusform>le plan a %n règles %1 pour ce point, mais aucun fichier des règles actuelles ne couvre %1 : non comparé</numerusform>
        </translation>
    </message>
    <message>
        <source>  today&apos;s rules: %1 (compared: %2)</source>
        <translation>  règles actuelles : %1 (comparaison : %2)</translation>
    </message>
    <message>
        <source>  result: today&apos;s rules equal the plan (%1 planned rules covered)</source>
        <translation>  résultat : les règles actuelles correspondent au plan (%1 règles prévues couvertes)</translation>
    </message>
    <message>
        <source>  result: differs: %1 blocked, %2 extra, %3 shadowed, %4 redundant, %5 not understood</source>
        <translation>  résultat : différent : %1 bloqués, %2 en trop, %3 masqués, %4 redondants, %5 non compris</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>En trop</translation>
    </message>
    <message>
        <source>Shadowed</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Today&apos;s rules: %1 (compared: %2)</source>
        <translation>Règles actuelles : %1 (comparées : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <source>equal to the plan</source>
        <translation>identique au plan</translation>
    </message>
    <message>
        <source>%1 blocked, %2 extra, %3 shadowed, %4 redundant, %5 not understood</source>
        <translation>%1 bloqués, %2 en trop, %3 masqués, %4 redondants, %5 non compris</translation>
    </message>
    <message>
        <source>Today&apos;s rules against the plan</source>
        <translation>Règles actuelles face au plan</translation>
    </message>
</context>
<context>
    <name>RemoveElementsEdit</name>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReparentEdit</name>
    <message>
        <source>Move into %1</source>
        <translation>Déplacer dans %1</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau supérieur</translation>
    </message>
</context>
<context>
    <name>ResizeZoneEdit</name>
    <message>
        <source>Resize %1</source>
        <translation>Redimensionner %1</translation>
    </message>
</context>
<context>
    <name>RulesFile</name>
    <message>
        <source>not a rules file this reader knows: expected `iptables-save` / `ip6tables-save` output or `nft -j list ruleset` JSON</source>
        <translation>fichier de règles inconnu de ce lecteur : sortie `iptables-save` / `ip6tables-save` ou JSON `nft -j list ruleset` attendu</translation>
    </message>
    <message>
        <source>a plain `nft list ruleset` is not read; run `nft -j list ruleset` instead</source>
        <translation>un simple `nft list ruleset` n&apos;est pas lu ; exécutez plutôt `nft -j list ruleset`</translation>
    </message>
</context>
<context>
    <name>RulesFolder</name>
    <message>
        <source>Today&apos;s rules in %1 against the plan</source>
        <translation>Règles actuelles dans %1 face au plan</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of today&apos;s rules not mapped to a point: not compared</source>
        <translation>
            <numerusform>%n fichier de règles actuelles associé à aucun point : non comparé</numerusform>
            <numerusform>%n fichiers de règles actuelles associés à aucun point : non comparés</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Mapped by</source>
        <translation>Associé par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Files and the points they stand for</source>
        <translation>Fichiers et les points qu&apos;ils représentent</translation>
    </message>
    <message>
        <source>its name names %1</source>
        <translation>son nom désigne %1</translation>
    </message>
    <message>
        <source>map it with --map %1=POINT</source>
        <translation>associez-le avec --map %1=POINT</translation>
    </message>
    <message>
        <source>its groups %1 are those of %2 alone</source>
        <translation>ses groupes %1 sont ceux de %2 seul</translation>
    </message>
    <message>
        <source>its policies isolate the pods %1 of %2 alone</source>
        <translation>ses politiques isolent les pods %1 de %2 seul</translation>
    </message>
    <message>
        <source>its rules name %1 as the host&apos;s own address, which %2 alone has</source>
        <translation>ses règles désignent %1 comme adresse propre de l&apos;hôte, que seul %2 possède</translation>
    </message>
    <message>
        <source>its name fits several points (%1): %2</source>
        <translation>son nom correspond à plusieurs points (%1) : %2</translation>
    </message>
    <message>
        <source>what it names is several points&apos; own (%1): %2</source>
        <translation>ce qu&apos;il désigne appartient à plusieurs points (%1) : %2</translation>
    </message>
    <message>
        <source>its name names no point: name it after the point its iptables files are for, or %1</source>
        <translation>son nom ne désigne aucun point : nommez-le d&apos;après le point auquel ses fichiers iptables sont destinés, ou %1</translation>
    </message>
    <message>
        <source>neither its name nor its content names a point: %1</source>
        <translation>ni son nom ni son contenu ne désigne un point : %1</translation>
    </message>
    <message>
        <source>not a file of today&apos;s rules (iptables-save, nft -j, describe-security-groups, NetworkPolicy YAML, ipset save): skipped</source>
        <translation>pas un fichier de règles actuelles (iptables-save, nft -j, describe-security-groups, NetworkPolicy YAML, ipset save) : ignoré</translation>
    </message>
    <message>
        <source>a plain `nft list ruleset` is not read: run `nft -j list ruleset`</source>
        <translation>un simple `nft list ruleset` n&apos;est pas lu : lancez `nft -j list ruleset`</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>pas un dossier</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>a %1 file cannot stand for &apos;%2&apos;</source>
        <translation>un fichier %1 ne peut pas représenter &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the points are: %1</source>
        <translation>les points sont : %1</translation>
    </message>
    <message>
        <source>mapped by hand to %1</source>
        <translation>associé à la main à %1</translation>
    </message>
    <message>
        <source>no such file in the folder</source>
        <translation>aucun fichier de ce nom dans le dossier</translation>
    </message>
    <message>
        <source>today&apos;s rules in %1</source>
        <translation>règles actuelles dans %1</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>non associé</translation>
    </message>
    <message numerus="yes">
        <source>result: %n point(s) compared</source>
        <translation>
            <numerusform>résultat : %n point comparé</numerusform>
            <numerusform>résultat : %n points comparés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ</source>
        <translation>
            <numerusform>%n diffère</numerusform>
            <numerusform>%n diffèrent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of today&apos;s rules not mapped to a point</source>
        <translation>
            <numerusform>%n fichier de règles actuelles associé à aucun point</numerusform>
            <numerusform>%n fichiers de règles actuelles associés à aucun point</numerusform>
        </translation>
    </message>
    <message>
        <source>choose its point in the Point column</source>
        <translation>choisissez son point dans la colonne Point</translation>
    </message>
</context>
<context>
    <name>SafeYaml</name>
    <message>
        <source>anchors and aliases (&amp;, *) are not supported</source>
        <translation>les ancres et les alias (&amp;, *) ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>more than %1 YAML nodes</source>
        <translation>plus de %1 nœuds YAML</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>file is %1 bytes, larger than the %2-byte limit</source>
        <translation>le fichier fait %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <source>split the file or remove unrelated content</source>
        <translation>scindez le fichier ou supprimez le contenu sans rapport</translation>
    </message>
    <message>
        <source>binary data (a NUL byte) in a text file</source>
        <translation>données binaires (un octet NUL) dans un fichier texte</translation>
    </message>
    <message>
        <source>a control character (U+%1) in a text file</source>
        <translation>un caractère de contrôle (U+%1) dans un fichier texte</translation>
    </message>
    <message>
        <source>check that this is a Portolan YAML file</source>
        <translation>vérifiez qu&apos;il s&apos;agit bien d&apos;un fichier YAML Portolan</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>le texte n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>more than one YAML document in the file</source>
        <translation>plus d&apos;un document YAML dans le fichier</translation>
    </message>
    <message>
        <source>keep a single document; remove extra &apos;---&apos; lines</source>
        <translation>gardez un seul document ; supprimez les lignes &apos;---&apos; en trop</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>simplify the file</source>
        <translation>simplifiez le fichier</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <source>cannot parse the file: %1</source>
        <translation>impossible d&apos;analyser le fichier : %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>file is larger than the %1-byte limit</source>
        <translation>le fichier dépasse la limite de %1 octets</translation>
    </message>
</context>
<context>
    <name>TopologyChecks</name>
    <message>
        <source>%1 (%2) overlaps %3 (%4); both are in %5, so an address in the overlap has two zones and rules for either zone would also admit the other.</source>
        <translation>%1 (%2) chevauche %3 (%4) ; tous deux sont dans %5, donc une adresse du chevauchement appartient à deux zones et les règles de l&apos;une admettraient aussi l&apos;autre.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>Give sibling zones disjoint CIDRs; nest one zone inside the other if it is part of it.</source>
        <translation>Donnez aux zones sœurs des CIDR disjoints ; imbriquez une zone dans l&apos;autre si elle en fait partie.</translation>
    </message>
    <message>
        <source>%1 runs no component, so no flow reaches or leaves it.</source>
        <translation>%1 n&apos;exécute aucun composant, donc aucun flux ne l&apos;atteint ni n&apos;en part.</translation>
    </message>
    <message>
        <source>No flow reaches or leaves %1.</source>
        <translation>Aucun flux n&apos;atteint %1 ni n&apos;en part.</translation>
    </message>
    <message>
        <source>Give it a component and a client that uses it, or remove it.</source>
        <translation>Donnez-lui un composant et un client qui l&apos;utilise, ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 uses nothing, so it gets no flow.</source>
        <translation>%1 n&apos;utilise rien et ne reçoit donc aucun flux.</translation>
    </message>
    <message>
        <source>Add what it uses (a node or load balancer and port), or remove it.</source>
        <translation>Ajoutez ce qu&apos;il utilise (un nœud ou un répartiteur de charge et un port), ou supprimez-le.</translation>
    </message>
    <message>
        <source>Place something in it, or remove it.</source>
        <translation>Placez-y quelque chose, ou supprimez-la.</translation>
    </message>
    <message>
        <source>Nothing is in %1: no node, load balancer, client or nested zone, no NAT, firewall or link uses it, and no flow comes from or goes to it.</source>
        <translation>%1 est vide : aucun nœud, répartiteur de charge, client ou zone imbriquée, aucun NAT, pare-feu ou lien ne l&apos;utilise, et aucun flux n&apos;en part ni n&apos;y arrive.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 cluster spans %2 (%3), which has no VPN or peering link to %4; %5 assumes a flat network between cluster members.</source>
        <translation>Le cluster %1 s’étend sur %2 (%3), qui n’a aucun lien VPN ni de peering vers %4 ; %5 suppose un réseau plat entre les membres du cluster.</translation>
    </message>
    <message>
        <source>Add a VPN or peering link from %1 to %2.</source>
        <translation>Ajoutez un lien VPN ou de peering de %1 vers %2.</translation>
    </message>
</context>
<context>
    <name>UfwExporter</name>
    <message>
        <source>ufw (command script)</source>
        <translation>ufw (script de commandes)</translation>
    </message>
    <message>
        <source>On each node, as root: run `bash FILE`. It resets ufw (ufw keeps the old rules as /etc/ufw/*.rules.DATE backups), sets the default policies, adds the rules and enables ufw. Try it first with a dry run: `ufw` accepts `--dry-run` on every command. Roll back: copy the backup files over /etc/ufw/user.rules and user6.rules and run `ufw reload`, or `ufw disable`. Egress: `default allow outgoing`; the `allow out` rules list the planned outbound services. Redirects (Kong transparent) cannot be made with ufw commands: the script lists the lines for the *nat section of /etc/ufw/before.rules.</source>
        <translation>Sur chaque nœud, en tant que root : exécutez `bash FILE`. Il réinitialise ufw (ufw conserve les anciennes règles en sauvegardes /etc/ufw/*.rules.DATE), définit les politiques par défaut, ajoute les règles et active ufw. Essayez-le d&apos;abord à blanc : `ufw` accepte `--dry-run` pour chaque commande. Retour arrière : recopiez les fichiers de sauvegarde sur /etc/ufw/user.rules et user6.rules et exécutez `ufw reload`, ou `ufw disable`. Sortie : `default allow outgoing` ; les règles `allow out` listent les services sortants prévus. Les redirections (Kong transparent) ne peuvent pas être créées avec des commandes ufw : le script liste les lignes pour la section *nat de /etc/ufw/before.rules.</translation>
    </message>
    <message>
        <source>A rule&apos;s ports were split into %1 ufw rules (at most %2 ports each, a range counts two).</source>
        <translation>Les ports d&apos;une règle ont été répartis sur %1 règles ufw (au plus %2 ports chacune, une plage compte pour deux).</translation>
    </message>
    <message>
        <source>ufw has no command for redirects: add the lines listed at the end of %1 to /etc/ufw/before.rules by hand.</source>
        <translation>ufw n&apos;a pas de commande pour les redirections : ajoutez à la main dans /etc/ufw/before.rules les lignes listées à la fin de %1.</translation>
    </message>
    <message>
        <source>ufw command script for node %1</source>
        <translation>script de commandes ufw pour le nœud %1</translation>
    </message>
</context>
<context>
    <name>WindowsExporter</name>
    <message>
        <source>Windows Defender Firewall (PowerShell)</source>
        <translation>Pare-feu Windows Defender (PowerShell)</translation>
    </message>
    <message>
        <source>On each node, in an elevated PowerShell: export the current policy (`netsh advfirewall export C:\firewall-before.wfw`), then run the script (`powershell -ExecutionPolicy Bypass -File FILE`). It replaces the rules of its group and sets the default actions of every profile. Roll back with `netsh advfirewall import C:\firewall-before.wfw`. Egress: outbound defaults to Allow; the outbound rules list the planned outbound services. Windows keeps its Core Networking rules (IPv6 neighbour discovery, DHCP). Port redirects (Kong transparent) do not exist on Windows.</source>
        <translation>Sur chaque nœud, dans un PowerShell élevé : exportez la stratégie actuelle (`netsh advfirewall export C:\firewall-before.wfw`), puis exécutez le script (`powershell -ExecutionPolicy Bypass -File FILE`). Il remplace les règles de son groupe et définit les actions par défaut de chaque profil. Retour arrière avec `netsh advfirewall import C:\firewall-before.wfw`. Sortie : le trafic sortant est autorisé (Allow) par défaut ; les règles sortantes listent les services sortants prévus. Windows conserve ses règles de mise en réseau de base (découverte de voisins IPv6, DHCP). Les redirections de ports (Kong transparent) n&apos;existent pas sous Windows.</translation>
    </message>
    <message>
        <source>Windows Firewall cannot redirect ports; the node&apos;s redirects were left out.</source>
        <translation>Le pare-feu Windows ne peut pas rediriger de ports ; les redirections du nœud ont été omises.</translation>
    </message>
    <message>
        <source>PowerShell script for node %1 (not validated: no PowerShell on Linux)</source>
        <translation>script PowerShell pour le nœud %1 (non validé : pas de PowerShell sous Linux)</translation>
    </message>
</context>
<context>
    <name>YamlContext</name>
    <message>
        <source>too many errors; stopping after %1</source>
        <translation>trop d&apos;erreurs ; arrêt après %1</translation>
    </message>
    <message>
        <source>%1 must be a text value</source>
        <translation>%1 doit être une valeur texte</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>%1 doit être un nombre entier, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is %2, outside %3–%4</source>
        <translation>%1 vaut %2, hors de %3–%4</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a port or a range like 50000-60000</source>
        <translation>%1 &apos;%2&apos; n&apos;est ni un port ni une plage comme 50000-60000</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is outside 1–65535</source>
        <translation>%1 &apos;%2&apos; est hors de 1–65535</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is upside down</source>
        <translation>%1 &apos;%2&apos; est inversé</translation>
    </message>
    <message>
        <source>write the lower port first: %1-%2</source>
        <translation>écrivez d&apos;abord le port le plus bas : %1-%2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an IPv4 or IPv6 network</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas un réseau IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>write it like 10.0.0.0/16 or 2001:db8::/32</source>
        <translation>écrivez-le comme 10.0.0.0/16 ou 2001:db8::/32</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>write it like 192.0.2.10 or 2001:db8::10</source>
        <translation>écrivez-le comme 192.0.2.10 ou 2001:db8::10</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 doit être une liste</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Output format: %1.</source>
        <translation>Format de sortie : %1.</translation>
    </message>
    <message>
        <source>error: --format must be one of %1, not &apos;%2&apos;</source>
        <translation>erreur : --format doit valoir l&apos;un de %1, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>error: name a project file</source>
        <translation>erreur : indiquez un fichier de projet</translation>
    </message>
    <message>
        <source>Probe a running deployment from a zone and report drift from the plan.</source>
        <translation>Sonder un déploiement en service depuis une zone et signaler les écarts par rapport au plan.</translation>
    </message>
    <message>
        <source>Zone of the plan this machine probes from.</source>
        <translation>Zone du plan depuis laquelle cette machine sonde.</translation>
    </message>
    <message>
        <source>Per-probe timeout in milliseconds.</source>
        <translation>Délai par sonde en millisecondes.</translation>
    </message>
    <message>
        <source>Probes in flight at once.</source>
        <translation>Sondes simultanées.</translation>
    </message>
    <message>
        <source>New probes per second at most.</source>
        <translation>Nouvelles sondes par seconde au plus.</translation>
    </message>
    <message>
        <source>Stop the whole audit after this many seconds.</source>
        <translation>Arrêter l&apos;audit complet après ce nombre de secondes.</translation>
    </message>
    <message>
        <source>Probe ADDRESS=ADDRESS or CIDR=CIDR instead of the planned address (repeatable).</source>
        <translation>Sonder ADRESSE=ADRESSE ou CIDR=CIDR au lieu de l&apos;adresse prévue (répétable).</translation>
    </message>
    <message>
        <source>List products, versions, components, settings and ports.</source>
        <translation>Lister les produits, versions, composants, paramètres et ports.</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>correction : %1</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 info</source>
        <translation>%1 erreur(s), %2 avertissement(s), %3 info</translation>
    </message>
    <message>
        <source>Review a project: NAT advertise/listen, exposure, limits (exit 1 on errors).</source>
        <translation>Examiner un projet : advertise/listen NAT, exposition, limites (code de sortie 1 en cas d&apos;erreurs).</translation>
    </message>
    <message>
        <source>Write firewall rules and documents for a target, or all as a bundle.</source>
        <translation>Écrire les règles de pare-feu et les documents pour une cible, ou tous sous forme de paquet.</translation>
    </message>
    <message>
        <source>Output folder (replaced as a whole).</source>
        <translation>Dossier de sortie (remplacé en entier).</translation>
    </message>
    <message>
        <source>List the export targets.</source>
        <translation>Lister les cibles d&apos;export.</translation>
    </message>
    <message>
        <source>local (never in a rule): %1 %2 %3 %4</source>
        <translation>local (jamais dans une règle) : %1 %2 %3 %4</translation>
    </message>
    <message>
        <source>refused: %1 -&gt; %2 %3: %4</source>
        <translation>refusé : %1 -&gt; %2 %3 : %4</translation>
    </message>
    <message>
        <source>List every port flow the project needs.</source>
        <translation>Lister chaque flux de ports dont le projet a besoin.</translation>
    </message>
    <message>
        <source>error: --out must name a .svg, .png or .pdf file</source>
        <translation>erreur : --out doit désigner un fichier .svg, .png ou .pdf</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>erreur : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 écrit (%n octet)</numerusform>
            <numerusform>%1 écrit (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the deployment as SVG, PNG or PDF.</source>
        <translation>Dessiner le déploiement en SVG, PNG ou PDF.</translation>
    </message>
    <message>
        <source>The drawing to write; the extension picks the format.</source>
        <translation>Le schéma à écrire ; l&apos;extension détermine le format.</translation>
    </message>
    <message>
        <source>rules: ingress %1 IPv4 / %2 IPv6, egress %3 IPv4 / %4 IPv6</source>
        <translation>règles : entrée %1 IPv4 / %2 IPv6, sortie %3 IPv4 / %4 IPv6</translation>
    </message>
    <message>
        <source>error: no enforcement point &apos;%1&apos;; the points are: %2</source>
        <translation>erreur : aucun point d&apos;application &apos;%1&apos; ; les points sont : %2</translation>
    </message>
    <message>
        <source>Show the compacted rule set of every enforcement point.</source>
        <translation>Afficher le jeu de règles compacté de chaque point d&apos;application.</translation>
    </message>
    <message>
        <source>Only this enforcement point (e.g. host:kong-a).</source>
        <translation>Uniquement ce point d&apos;application (par ex. host:kong-a).</translation>
    </message>
    <message>
        <source>error: %1: no node &apos;%2&apos;</source>
        <translation>erreur : %1 : aucun nœud &apos;%2&apos;</translation>
    </message>
    <message>
        <source># no advertise/listen settings to propose%1
</source>
        <translation># aucun paramètre advertise/listen à proposer%1
</translation>
    </message>
    <message>
        <source>Print the advertise/listen settings review proposes per node.</source>
        <translation>Afficher les paramètres advertise/listen que l&apos;examen propose pour chaque nœud.</translation>
    </message>
    <message>
        <source>Only this node.</source>
        <translation>Uniquement ce nœud.</translation>
    </message>
    <message>
        <source>Usage: portolan-cli COMMAND [options]

Commands:
</source>
        <translation>Usage : portolan-cli COMMANDE [options]

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;portolan-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 1 error findings or drift, 2 bad input.
</source>
        <translation>
Exécutez &apos;portolan-cli COMMANDE --help&apos; pour les options d&apos;une commande.
Codes de sortie : 0 ok, 1 erreurs détectées ou écart, 2 entrée incorrecte.
</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>erreur : commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: --%1 must be a whole number from %2 to %3</source>
        <translation>erreur : --%1 doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>error: --from must name a zone of the plan%1 (zones: %2)</source>
        <translation>erreur : --from doit nommer une zone du plan%1 (zones : %2)</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation> ; vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source>probing %1 planned address:port pairs from &apos;%2&apos; (at most %3 at once, %4 per second)</source>
        <translation>sondage de %1 couples adresse:port prévus depuis &apos;%2&apos; (au plus %3 à la fois, %4 par seconde)</translation>
    </message>
    <message>
        <source>note: %1 node group(s) have no addresses in the plan and are not probed</source>
        <translation>remarque : %1 groupe(s) de nœuds n&apos;ont pas d&apos;adresses dans le plan et ne sont pas sondés</translation>
    </message>
    <message>
        <source>error: name a target with --target NAME or --target all (see export --list)</source>
        <translation>erreur : indiquez une cible avec --target NOM ou --target all (voir export --list)</translation>
    </message>
    <message>
        <source>error: unknown target &apos;%1&apos;; known: all, %2</source>
        <translation>erreur : cible inconnue &apos;%1&apos; ; connues : all, %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur : </translation>
    </message>
    <message>
        <source>Wrote %1 files to %2</source>
        <translation>%1 fichiers écrits dans %2</translation>
    </message>
    <message>
        <source>... and %1 more %2 findings on %3 (%4 in all; --all lists every one)</source>
        <translation>... et %1 autres constats %2 sur %3 (%4 au total ; --all les liste tous)</translation>
    </message>
    <message>
        <source>Text: print every finding, also of large groups.</source>
        <translation>Texte : afficher chaque constat, y compris ceux des grands groupes.</translation>
    </message>
    <message>
        <source>explain needs --from ID and --to ID</source>
        <translation>explain nécessite --from ID et --to ID</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--port doit être un nombre de 1 à 65535, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--protocol must be tcp or udp, not &apos;%1&apos;</source>
        <translation>--protocol doit valoir tcp ou udp, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no element with id &apos;%2&apos;</source>
        <translation>%1 : aucun élément avec l&apos;id &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no flow from %1 to %2 matches</source>
        <translation>aucun flux de %1 vers %2 ne correspond</translation>
    </message>
    <message>
        <source>Show the path of the flows from one element to another, hop by hop.</source>
        <translation>Afficher le chemin des flux d&apos;un élément à un autre, saut par saut.</translation>
    </message>
    <message>
        <source>Source element id.</source>
        <translation>Id de l&apos;élément source.</translation>
    </message>
    <message>
        <source>Destination element id.</source>
        <translation>Id de l&apos;élément de destination.</translation>
    </message>
    <message>
        <source>Only flows on this port.</source>
        <translation>Uniquement les flux sur ce port.</translation>
    </message>
    <message>
        <source>tcp or udp.</source>
        <translation>tcp ou udp.</translation>
    </message>
    <message>
        <source>error: --firewall must be iptables or nftables</source>
        <translation>erreur : --firewall doit valoir iptables ou nftables</translation>
    </message>
    <message>
        <source>error: --only &apos;%1&apos; matches no flow (see portolan-cli flows)</source>
        <translation>erreur : --only &apos;%1&apos; ne correspond à aucun flux (voir portolan-cli flows)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>building the lab: %1 namespaces and %2 bridges, %3 probes</source>
        <translation>construction du lab : %1 espaces de noms et %2 ponts, %3 sondes</translation>
    </message>
    <message>
        <source>kept: the namespaces %1* stay (ip netns list); remove each with ip netns del NAME</source>
        <translation>conservés : les espaces de noms %1* restent (ip netns list) ; supprimez chacun avec ip netns del NAME</translation>
    </message>
    <message>
        <source>interrupted: every namespace of the lab was removed</source>
        <translation>interrompu : tous les espaces de noms du lab ont été supprimés</translation>
    </message>
    <message>
        <source>Rehearse the plan in network namespaces with the exported files (root).</source>
        <translation>Répéter le plan dans des espaces de noms réseau avec les fichiers exportés (root).</translation>
    </message>
    <message>
        <source>Host rules to load: iptables or nftables.</source>
        <translation>Règles d&apos;hôte à charger : iptables ou nftables.</translation>
    </message>
    <message>
        <source>Leave the namespaces for inspection.</source>
        <translation>Laisser les espaces de noms pour inspection.</translation>
    </message>
    <message>
        <source>error: %1: not a git revision</source>
        <translation>erreur : %1 : pas une révision git</translation>
    </message>
    <message>
        <source>error: %1: no folder %2 to run git in</source>
        <translation>erreur : %1 : aucun dossier %2 où exécuter git</translation>
    </message>
    <message>
        <source>error: %1: cannot run git (%2)</source>
        <translation>erreur : %1 : impossible d&apos;exécuter git (%2)</translation>
    </message>
    <message>
        <source>error: %1: git show failed: %2</source>
        <translation>erreur : %1 : échec de git show : %2</translation>
    </message>
    <message>
        <source>error: --git-driver takes git&apos;s 7 arguments (path old-file old-hex old-mode new-file new-hex new-mode), not %1</source>
        <translation>erreur : --git-driver attend les 7 arguments de git (path old-file old-hex old-mode new-file new-hex new-mode), pas %1</translation>
    </message>
    <message>
        <source>note: %1 does not load as a project; showing its lines</source>
        <translation>remarque : %1 ne se charge pas comme projet ; affichage de ses lignes</translation>
    </message>
    <message>
        <source>error: --fail-on must be new-errors, not &apos;%1&apos;</source>
        <translation>erreur : --fail-on doit valoir new-errors, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: name two plans: diff OLD NEW (files, /dev/null or REV:PATH)</source>
        <translation>erreur : indiquez deux plans : diff OLD NEW (fichiers, /dev/null ou REV:PATH)</translation>
    </message>
    <message>
        <source>What changes between two plans: elements, flows, rules, findings, files.</source>
        <translation>Ce qui change entre deux plans : éléments, flux, règles, constats, fichiers.</translation>
    </message>
    <message>
        <source>Also compare this export target&apos;s files (repeatable, or all; see export --list).</source>
        <translation>Comparer aussi les fichiers de cette cible d&apos;export (répétable, ou all ; voir export --list).</translation>
    </message>
    <message>
        <source>new-errors: exit 1 only when the new plan has error findings the old did not.</source>
        <translation>new-errors : code de sortie 1 uniquement si le nouveau plan a des constats d&apos;erreur que l&apos;ancien n&apos;avait pas.</translation>
    </message>
    <message>
        <source>Where the project lives in the working tree: its catalogs/ folder is used for both sides (git difftool&apos;s $MERGED).</source>
        <translation>Emplacement du projet dans l&apos;arbre de travail : son dossier catalogs/ sert aux deux côtés ($MERGED de git difftool).</translation>
    </message>
    <message>
        <source>Also report moved and resized canvas elements.</source>
        <translation>Signaler aussi les éléments du canevas déplacés ou redimensionnés.</translation>
    </message>
    <message>
        <source>Run as git&apos;s external diff driver: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE.</source>
        <translation>S&apos;exécuter comme pilote de diff externe de git : PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE.</translation>
    </message>
    <message>
        <source>Export target ids or families (comma-separated or repeated), or all.</source>
        <translation>Identifiants ou familles de cibles d&apos;export (séparés par des virgules ou répétés), ou all.</translation>
    </message>
    <message>
        <source>Probe only the flows and advertised addresses whose title contains this text (e.g. &quot;kong-a -&gt; kong-b&quot;, &quot;kong-b cluster_advertise&quot;); no must-nots.</source>
        <translation>Sonder uniquement les flux et adresses annoncées dont le titre contient ce texte (p. ex. « kong-a -&gt; kong-b », « kong-b cluster_advertise ») ; pas d&apos;interdits.</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>erreur : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>`ipset save` output the rules&apos; -m set matches name.</source>
        <translation>Sortie de `ipset save` contenant les sets que nomment les correspondances -m set des règles.</translation>
    </message>
    <message>
        <source>error: no host or AWS enforcement point &apos;%1&apos;; the points are: %2</source>
        <translation>erreur : aucun point d&apos;application hôte ou AWS « %1 » ; les points sont : %2</translation>
    </message>
    <message>
        <source>Compare a host&apos;s running firewall rules or AWS security groups with the plan.</source>
        <translation>Comparer les règles de pare-feu en service d&apos;un hôte ou des groupes de sécurité AWS avec le plan.</translation>
    </message>
    <message>
        <source>The host or AWS enforcement point (e.g. host:kong-a, sg:web).</source>
        <translation>Le point d&apos;application hôte ou AWS (par ex. host:kong-a, sg:web).</translation>
    </message>
    <message>
        <source>--map wants FILE=POINT</source>
        <translation>--map attend FILE=POINT</translation>
    </message>
    <message>
        <source>error: usage: reconcile PROJECT --point host:ID|sg:ID FILE... or reconcile PROJECT FOLDER</source>
        <translation>erreur : usage : reconcile PROJECT --point host:ID|sg:ID FILE... ou reconcile PROJECT FOLDER</translation>
    </message>
    <message>
        <source>With a folder: the point a file stands for, over its name and content (e.g. --map today.rules=host:kong-a).</source>
        <translation>Avec un dossier : le point que représente un fichier, prioritaire sur son nom et son contenu (p. ex. --map today.rules=host:kong-a).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Deployment planner</source>
        <translation>Planificateur de déploiement</translation>
    </message>
    <message>
        <source>The project file to open.</source>
        <translation>Le fichier de projet à ouvrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Enregistrer une image de la fenêtre et quitter.</translation>
    </message>
    <message>
        <source>Use a dark palette, whatever the system&apos;s.</source>
        <translation>Utiliser une palette sombre, quelle que soit celle du système.</translation>
    </message>
    <message>
        <source>With --screenshot: bring this dock (object name) to the front.</source>
        <translation>Avec --screenshot : mettre ce panneau (nom d&apos;objet) au premier plan.</translation>
    </message>
    <message>
        <source>With --screenshot: select this element instead of the first node.</source>
        <translation>Avec --screenshot : sélectionner cet élément au lieu du premier nœud.</translation>
    </message>
    <message>
        <source>With --screenshot: select the flows whose key contains this text.</source>
        <translation>Avec --screenshot : sélectionner les flux dont la clé contient ce texte.</translation>
    </message>
    <message>
        <source>With --screenshot: compare the project with this file or REV:PATH.</source>
        <translation>Avec --screenshot : comparer le projet avec ce fichier ou REV:PATH.</translation>
    </message>
    <message>
        <source>With --screenshot: type this text into the palette&apos;s filter box.</source>
        <translation>Avec --screenshot : saisir ce texte dans le champ de filtre de la palette.</translation>
    </message>
</context>
<context>
    <name>portolan::AuditPanel</name>
    <message>
        <source>The zone of the plan this machine stands in: what it must and must not reach follows from it.</source>
        <translation>La zone du plan où se trouve cette machine : ce qu&apos;elle doit atteindre ou non en découle.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Probes in flight at once.</source>
        <translation>Sondages menés en même temps.</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>At most this many probes start each second, so the audit never floods the network.</source>
        <translation>Au plus ce nombre de sondages démarre chaque seconde, pour ne jamais saturer le réseau.</translation>
    </message>
    <message>
        <source>optional, e.g. 192.168.1.0/24=127.0.1.0/24</source>
        <translation>facultatif, p. ex. 192.168.1.0/24=127.0.1.0/24</translation>
    </message>
    <message>
        <source>Probe other addresses than the plan&apos;s: entries PLANNED=PROBED separated by spaces or commas (a test deployment on loopback, a jump address). See docs/audit.md.</source>
        <translation>Sonder d&apos;autres adresses que celles du plan : entrées PRÉVUE=SONDÉE séparées par des espaces ou des virgules (un déploiement de test sur loopback, une adresse de rebond). Voir docs/audit.md.</translation>
    </message>
    <message>
        <source>Probe &amp;from:</source>
        <translation>Sonder &amp;depuis :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>En &amp;parallèle :</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Cadence :</translation>
    </message>
    <message>
        <source>Address &amp;map:</source>
        <translation>Correspondance d&apos;&amp;adresses :</translation>
    </message>
    <message>
        <source>Start Audit…</source>
        <translation>Lancer l&apos;audit…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Drift only</source>
        <translation>Écarts seulement</translation>
    </message>
    <message>
        <source>Not run yet. Probing contacts only the plan&apos;s addresses.</source>
        <translation>Pas encore lancé. Seules les adresses du plan sont sondées.</translation>
    </message>
    <message>
        <source>Probe the deployment?</source>
        <translation>Sonder le déploiement ?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the zone this machine probes from.</source>
        <translation>Choisissez la zone depuis laquelle cette machine sonde.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Impossible de lancer : %1</translation>
    </message>
    <message>
        <source>Nothing to probe from &apos;%1&apos;: the plan lists no address:port for it.</source>
        <translation>Rien à sonder depuis &apos;%1&apos; : le plan n&apos;y prévoit aucun couple adresse:port.</translation>
    </message>
    <message numerus="yes">
        <source>Portolan will now probe %n address:port pair(s) of the plan from &apos;%1&apos; over the network.</source>
        <translation>
            <numerusform>Portolan va maintenant sonder %n couple adresse:port du plan depuis &apos;%1&apos; par le réseau.</numerusform>
            <numerusform>Portolan va maintenant sonder %n couples adresse:port du plan depuis &apos;%1&apos; par le réseau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Addresses contacted: %n, all taken from the plan</source>
        <translation>
            <numerusform>Adresses contactées : %n, toutes issues du plan</numerusform>
            <numerusform>Adresses contactées : %n, toutes issues du plan</numerusform>
        </translation>
    </message>
    <message>
        <source> (after the address map)</source>
        <translation> (après la correspondance d&apos;adresses)</translation>
    </message>
    <message>
        <source>At most %1 probes at once and %2 per second; about %3 s or more.</source>
        <translation>Au plus %1 sondages à la fois et %2 par seconde ; environ %3 s ou plus.</translation>
    </message>
    <message>
        <source>Probe only networks you are allowed to test: to intrusion detection this looks like a port scan.</source>
        <translation>Ne sondez que des réseaux que vous avez le droit de tester : pour une détection d&apos;intrusion, cela ressemble à un balayage de ports.</translation>
    </message>
    <message numerus="yes">
        <source>%n node group(s) planned by network only are not probed.</source>
        <translation>
            <numerusform>%n groupe de nœuds prévu par réseau seulement n&apos;est pas sondé.</numerusform>
            <numerusform>%n groupes de nœuds prévus par réseau seulement ne sont pas sondés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit not started: nothing was probed.</source>
        <translation>Audit non lancé : rien n&apos;a été sondé.</translation>
    </message>
    <message>
        <source>Probing from &apos;%1&apos;…</source>
        <translation>Sondage depuis &apos;%1&apos;…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n probe(s).</source>
        <translation>
            <numerusform>Arrêté après %n sondage.</numerusform>
            <numerusform>Arrêté après %n sondages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) from &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n sondage depuis &apos;%1&apos;.</numerusform>
            <numerusform>%n sondages depuis &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift: %1 open against the plan, %2 planned but closed or filtered, %3 with other TLS.</source>
        <translation>Écarts : %1 ouverts contre le plan, %2 prévus mais fermés ou filtrés, %3 avec un autre TLS.</translation>
    </message>
    <message>
        <source>No drift found.</source>
        <translation>Aucun écart trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be told (UDP without answer or probe errors).</source>
        <translation>
            <numerusform>%n n&apos;a pu être déterminé (UDP sans réponse ou erreur de sondage).</numerusform>
            <numerusform>%n n&apos;ont pu être déterminés (UDP sans réponse ou erreurs de sondage).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::AuditResultModel</name>
    <message>
        <source>as planned</source>
        <translation>comme prévu</translation>
    </message>
    <message>
        <source>planned open, but closed</source>
        <translation>prévu ouvert, mais fermé</translation>
    </message>
    <message>
        <source>planned open, but filtered</source>
        <translation>prévu ouvert, mais filtré</translation>
    </message>
    <message>
        <source>open, but the plan forbids it</source>
        <translation>ouvert, alors que le plan l&apos;interdit</translation>
    </message>
    <message>
        <source>TLS differs from the plan</source>
        <translation>TLS différent du plan</translation>
    </message>
    <message>
        <source>cannot tell (no answer)</source>
        <translation>indéterminé (pas de réponse)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtré</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>probe failed</source>
        <translation>échec du sondage</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>pas de poignée de main</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, expire le %2</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Probed at</source>
        <translation>Sondé à</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogBrowser</name>
    <message>
        <source>The folder does not exist.</source>
        <translation>Le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>choose another folder</source>
        <translation>choisissez un autre dossier</translation>
    </message>
    <message>
        <source>The folder holds no catalog files (*.yaml).</source>
        <translation>Le dossier ne contient aucun fichier de catalogue (*.yaml).</translation>
    </message>
    <message>
        <source>Load Catalog Folder…</source>
        <translation>Charger un dossier de catalogues…</translation>
    </message>
    <message>
        <source>Browse the catalogs of another folder (they are not added to the project)</source>
        <translation>Parcourir les catalogues d&apos;un autre dossier (ils ne sont pas ajoutés au projet)</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>Errors in loaded catalogs (these files were not loaded):</source>
        <translation>Erreurs dans les catalogues chargés (ces fichiers n&apos;ont pas été chargés) :</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Différences uniquement</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Rows: + added in the right version, − removed, ~ changed.</source>
        <translation>Lignes : + ajouté dans la version de droite, − supprimé, ~ modifié.</translation>
    </message>
    <message>
        <source>Load Catalog Folder</source>
        <translation>Charger un dossier de catalogues</translation>
    </message>
    <message numerus="yes">
        <source>%n catalog(s)</source>
        <translation>
            <numerusform>%n catalogue</numerusform>
            <numerusform>%n catalogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) loaded for browsing</source>
        <translation>
            <numerusform>%n dossier chargé pour consultation</numerusform>
            <numerusform>%n dossiers chargés pour consultation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a version or a component to see its ports and settings.</source>
        <translation>Choisissez une version ou un composant pour afficher ses ports et paramètres.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogDiffModel</name>
    <message>
        <source>Differs in: %1</source>
        <translation>Diffère par : %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Id / key</source>
        <translation>Id / clé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogEditor</name>
    <message>
        <source>Add Component</source>
        <translation>Ajouter un composant</translation>
    </message>
    <message>
        <source>Add Port</source>
        <translation>Ajouter un port</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Problems (as the catalog reader reports them for the file Save writes):</source>
        <translation>Problèmes (tels que le lecteur de catalogues les signale pour le fichier qu&apos;écrit Enregistrer) :</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (ma copie)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>(new catalog)</source>
        <translation>(nouveau catalogue)</translation>
    </message>
    <message>
        <source>%1  %2 %3 · %4</source>
        <translation>%1  %2 %3 · %4</translation>
    </message>
    <message>
        <source>No problems: Save writes %1.</source>
        <translation>Aucun problème : Enregistrer écrit %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): Save writes nothing until they are fixed.</source>
        <translation>
            <numerusform>%n problème : Enregistrer n&apos;écrit rien tant qu&apos;il n&apos;est pas corrigé.</numerusform>
            <numerusform>%n problèmes : Enregistrer n&apos;écrit rien tant qu&apos;ils ne sont pas corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog Editor — %1[*]</source>
        <translation>Éditeur de catalogue — %1[*]</translation>
    </message>
    <message>
        <source>new catalog</source>
        <translation>nouveau catalogue</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Nouveau composant</translation>
    </message>
    <message>
        <source>New port</source>
        <translation>Nouveau port</translation>
    </message>
    <message>
        <source>Remove Port</source>
        <translation>Supprimer le port</translation>
    </message>
    <message>
        <source>Remove Component</source>
        <translation>Supprimer le composant</translation>
    </message>
    <message>
        <source>a catalog file %1 is already there</source>
        <translation>un fichier de catalogue %1 existe déjà</translation>
    </message>
    <message>
        <source>give the catalog another id, or open that one with Edit Catalog…</source>
        <translation>donnez au catalogue un autre id, ou ouvrez celui-là avec Modifier le catalogue…</translation>
    </message>
    <message>
        <source>Saved to %1; the palette and the catalog browser show it.</source>
        <translation>Enregistré dans %1 ; la palette et le navigateur de catalogues l&apos;affichent.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Unsaved Catalog</source>
        <translation>Catalogue non enregistré</translation>
    </message>
    <message>
        <source>Save the changes to this catalog?</source>
        <translation>Enregistrer les modifications de ce catalogue ?</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas un id valide : utilisez des lettres minuscules, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;</source>
        <translation>source inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>One note per line</source>
        <translation>Une remarque par ligne</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
    <message>
        <source>Id (file name)</source>
        <translation>Id (nom de fichier)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Document (path or URL)</source>
        <translation>Document (chemin ou URL)</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Documents sources</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Clustered: its nodes reach each other&apos;s peers ports</source>
        <translation>En cluster : ses nœuds atteignent mutuellement leurs ports de pair</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>New setting</source>
        <translation>Nouveau paramètre</translation>
    </message>
    <message>
        <source>On by default</source>
        <translation>Activé par défaut</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>New feature</source>
        <translation>Nouvelle fonctionnalité</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>paramètre inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Port from</source>
        <translation>Port selon</translation>
    </message>
    <message>
        <source>number: a port or range (22, 10000-20000); setting: a setting&apos;s value, plus an offset; between: the range from one port setting to another; any: every port</source>
        <translation>number : un port ou une plage (22, 10000-20000) ; setting : la valeur d&apos;un paramètre, plus un décalage ; between : la plage allant d&apos;un paramètre de port à un autre ; any : tous les ports</translation>
    </message>
    <message>
        <source>Port or range</source>
        <translation>Port ou plage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port or range in 1–65535, like 22 or 10000-20000</source>
        <translation>&apos;%1&apos; n&apos;est pas un port ou une plage dans 1–65535, comme 22 ou 10000-20000</translation>
    </message>
    <message>
        <source>To setting</source>
        <translation>Jusqu&apos;au paramètre</translation>
    </message>
    <message>
        <source>Listen entries</source>
        <translation>Entrées d&apos;écoute</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Egress to</source>
        <translation>Sortie vers</translation>
    </message>
    <message>
        <source>an egress port needs where it connects to: internet or &lt;catalog&gt;/&lt;component&gt;</source>
        <translation>un port de sortie doit indiquer où il se connecte : internet ou &lt;catalog&gt;/&lt;component&gt;</translation>
    </message>
    <message>
        <source>Optional (the vendor calls it optional)</source>
        <translation>Facultatif (le fournisseur le dit facultatif)</translation>
    </message>
    <message>
        <source>Enabled by feature</source>
        <translation>Activé par la fonctionnalité</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos;</source>
        <translation>fonctionnalité inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Document source</translation>
    </message>
    <message>
        <source>Quote (verbatim)</source>
        <translation>Citation (mot pour mot)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A port the product computes from the setting&apos;s port: Redis&apos;s cluster bus is port + 10000</source>
        <translation>Un port que le produit calcule à partir du port du paramètre : le bus de cluster de Redis est port + 10000</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogTable</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogTreeModel</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Compiled into Portolan</source>
        <translation>Compilé dans Portolan</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>%1 (browsing only)</source>
        <translation>%1 (consultation seulement)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not in the project&apos;s catalogs: copy the file into the user catalog folder to use it.</source>
        <translation>Absent des catalogues du projet : copiez le fichier dans le dossier des catalogues utilisateur pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>%1
Drag onto a node on the canvas to run it there.</source>
        <translation>%1
Faites-le glisser sur un nœud du canevas pour l&apos;y exécuter.</translation>
    </message>
    <message>
        <source>Product / version / component</source>
        <translation>Produit / version / composant</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>portolan::CompareDialog</name>
    <message>
        <source>Another project &amp;file:</source>
        <translation>Un autre &amp;fichier de projet :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>A git &amp;revision of the open file:</source>
        <translation>Une &amp;révision git du fichier ouvert :</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>The open plan has not been saved: there is no git history to compare with.</source>
        <translation>Le plan ouvert n&apos;a pas été enregistré : il n&apos;y a pas d&apos;historique git avec lequel comparer.</translation>
    </message>
    <message>
        <source>%1 does not seem to be in a git work tree.</source>
        <translation>%1 ne semble pas se trouver dans un arbre de travail git.</translation>
    </message>
    <message>
        <source>Show what the open plan changes against:</source>
        <translation>Montrer ce que le plan ouvert change par rapport à :</translation>
    </message>
    <message>
        <source>Portolan projects (*.yaml *.yml);;All files (*)</source>
        <translation>Projets Portolan (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Name a revision, for example HEAD or HEAD~1.</source>
        <translation>Indiquez une révision, par exemple HEAD ou HEAD~1.</translation>
    </message>
</context>
<context>
    <name>portolan::ComparePanel</name>
    <message>
        <source>Leave Compare Mode</source>
        <translation>Quitter le mode comparaison</translation>
    </message>
    <message>
        <source>Back to the normal view (Esc)</source>
        <translation>Retour à la vue normale (Échap)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>The two plans mean the same.</source>
        <translation>Les deux plans disent la même chose.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
</context>
<context>
    <name>portolan::DeploymentScene</name>
    <message>
        <source>Drop a component on a node to add it there.</source>
        <translation>Déposez un composant sur un nœud pour l&apos;y ajouter.</translation>
    </message>
    <message>
        <source>%1 already runs %2.</source>
        <translation>%1 exécute déjà %2.</translation>
    </message>
    <message>
        <source>Drop it inside a zone: every element sits in one.</source>
        <translation>Déposez-le dans une zone : chaque élément se trouve dans une zone.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau : %1</translation>
    </message>
    <message>
        <source>Node group</source>
        <translation>Groupe de nœuds</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Move into another zone</source>
        <translation>Déplacer dans une autre zone</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Aligner à gauche</translation>
    </message>
    <message>
        <source>Align centres horizontally</source>
        <translation>Centrer horizontalement</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Aligner à droite</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Aligner en haut</translation>
    </message>
    <message>
        <source>Align centres vertically</source>
        <translation>Centrer verticalement</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Aligner en bas</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Répartir horizontalement</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Répartir verticalement</translation>
    </message>
    <message>
        <source>Select three or more elements to distribute.</source>
        <translation>Sélectionnez au moins trois éléments à répartir.</translation>
    </message>
    <message>
        <source>Select two or more elements to align.</source>
        <translation>Sélectionnez au moins deux éléments à aligner.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Not connected: click another element to connect to.</source>
        <translation>Non connecté : cliquez sur un autre élément auquel vous connecter.</translation>
    </message>
    <message>
        <source>Click the element to connect %1 to (Escape cancels).</source>
        <translation>Cliquez sur l&apos;élément auquel connecter %1 (Échap pour annuler).</translation>
    </message>
</context>
<context>
    <name>portolan::Document</name>
    <message>
        <source>Untitled deployment</source>
        <translation>Déploiement sans titre</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.

The file on disk is unchanged and your changes are still open. Save to another folder (Save As), or make room on the disk or make the folder writable, then save again.</source>
        <translation>Impossible d&apos;enregistrer %1 : %2.

Le fichier sur le disque est inchangé et vos modifications sont toujours ouvertes. Enregistrez dans un autre dossier (Enregistrer sous), ou libérez de l&apos;espace sur le disque ou rendez le dossier accessible en écriture, puis enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>portolan::ElementFindingsLabel</name>
    <message>
        <source>Fix: %1</source>
        <translation>Corriger : %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
</context>
<context>
    <name>portolan::ExportDialog</name>
    <message>
        <source>Host firewalls</source>
        <translation>Pare-feu d&apos;hôte</translation>
    </message>
    <message>
        <source>Cloud firewalls and security groups</source>
        <translation>Pare-feu cloud et groupes de sécurité</translation>
    </message>
    <message>
        <source>Port matrix documents</source>
        <translation>Documents de matrice de ports</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Exporter les règles</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The bundle replaces this folder as a whole when it is empty or holds an earlier bundle; any other folder is left alone.</source>
        <translation>Le paquet remplace ce dossier en entier s&apos;il est vide ou contient un paquet antérieur ; tout autre dossier est laissé intact.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Write to folder:</source>
        <translation>Écrire dans le dossier :</translation>
    </message>
    <message>
        <source>Write Bundle</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <source>Choose one or more targets.</source>
        <translation>Choisissez une ou plusieurs cibles.</translation>
    </message>
    <message>
        <source>Every target can express the plan within its limits.</source>
        <translation>Chaque cible peut exprimer le plan dans ses limites.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) reported by the targets</source>
        <translation>
            <numerusform>%n problème signalé par les cibles</numerusform>
            <numerusform>%n problèmes signalés par les cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target file set(s) not generated; the README says why</source>
        <translation>
            <numerusform>%n jeu de fichiers cible non généré ; le README en indique la raison</numerusform>
            <numerusform>%n jeux de fichiers cible non générés ; le README en indique la raison</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Rule Bundle</source>
        <translation>Dossier du paquet de règles</translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation>Choisissez au moins une cible.</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle to.</source>
        <translation>Choisissez le dossier dans lequel écrire le paquet.</translation>
    </message>
    <message>
        <source>The bundle was not written to %1: %2</source>
        <translation>Le paquet n&apos;a pas été écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Nothing there was changed. Choose an empty folder, a new one, or one that holds an earlier bundle, where you are allowed to write.</source>
        <translation>Rien n&apos;y a été modifié. Choisissez un dossier vide, un nouveau dossier ou un dossier contenant un paquet antérieur, dans lequel vous avez le droit d&apos;écrire.</translation>
    </message>
    <message>
        <source>Network devices: gateways and load balancers</source>
        <translation>Équipements réseau : passerelles et répartiteurs de charge</translation>
    </message>
</context>
<context>
    <name>portolan::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Correction suggérée</translation>
    </message>
</context>
<context>
    <name>portolan::FlowLayer</name>
    <message>
        <source>Flo&amp;ws</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>&amp;Show Flows</source>
        <translation>&amp;Afficher les flux</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Draw the derived port flows on the canvas</source>
        <translation>Dessiner les flux de ports dérivés sur le canevas</translation>
    </message>
    <message>
        <source>Only Flows of the &amp;Selected Elements</source>
        <translation>Uniquement les flux des éléments &amp;sélectionnés</translation>
    </message>
    <message>
        <source>Draw only the flows that start, end or pass at the selected elements</source>
        <translation>Dessiner uniquement les flux qui commencent, se terminent ou passent par les éléments sélectionnés</translation>
    </message>
    <message>
        <source>Draw the flows whose audience is %1</source>
        <translation>Dessiner les flux dont le public est %1</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produits</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s): %1</source>
        <translation>
            <numerusform>%n flux : %1</numerusform>
            <numerusform>%n flux : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot work: %1</source>
        <translation>Ne peut pas fonctionner : %1</translation>
    </message>
</context>
<context>
    <name>portolan::FlowLegend</name>
    <message>
        <source>Flows:</source>
        <translation>Flux :</translation>
    </message>
    <message>
        <source>Cannot work</source>
        <translation>Ne peut pas fonctionner</translation>
    </message>
</context>
<context>
    <name>portolan::FlowTableModel</name>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Membres : %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Component · port</source>
        <translation>Composant · port</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>cannot work</source>
        <translation>ne peut pas fonctionner</translation>
    </message>
    <message>
        <source>cannot work at %1</source>
        <translation>ne peut pas fonctionner, s’arrête à %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>cannot work over %1</source>
        <translation>ne peut pas fonctionner en %1</translation>
    </message>
    <message>
        <source>cannot work over %1 at %2</source>
        <translation>ne peut pas fonctionner en %1, s’arrête à %2</translation>
    </message>
</context>
<context>
    <name>portolan::FlowsPanel</name>
    <message>
        <source>&amp;Copy Selected Rows as CSV</source>
        <translation>&amp;Copier les lignes sélectionnées en CSV</translation>
    </message>
    <message>
        <source>Copy &amp;All Visible Rows as CSV</source>
        <translation>Copier &amp;toutes les lignes visibles en CSV</translation>
    </message>
    <message>
        <source>Search flows…</source>
        <translation>Rechercher des flux…</translation>
    </message>
    <message>
        <source>Only flows that start, end or pass at this element</source>
        <translation>Uniquement les flux qui commencent, se terminent ou passent par cet élément</translation>
    </message>
    <message>
        <source>Only flows of this product</source>
        <translation>Uniquement les flux de ce produit</translation>
    </message>
    <message>
        <source>Only flows of this audience</source>
        <translation>Uniquement les flux de ce public</translation>
    </message>
    <message>
        <source>Only flows of this protocol</source>
        <translation>Uniquement les flux de ce protocole</translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation>Tous les publics</translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation>Tous les protocoles</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flow(s)</source>
        <translation>
            <numerusform>%1 sur %n flux</numerusform>
            <numerusform>%1 sur %n flux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::InspectorPanel</name>
    <message>
        <source>Select an element on the canvas or in the outline to edit it.</source>
        <translation>Sélectionnez un élément sur le canevas ou dans la structure pour le modifier.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the catalog default</source>
        <translation>Revenir à la valeur par défaut du catalogue</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>10.0.0.11-13, 2001:db8::5</source>
        <translation>10.0.0.11-13, 2001:db8::5</translation>
    </message>
</context>
<context>
    <name>portolan::ListTableEditor</name>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Supprimer cette ligne</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Enregistré automatiquement</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1[*] — Portolan</source>
        <translation>%1[*] — Portolan</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>The project was not opened; the current one is unchanged.

%1</source>
        <translation>Le projet n&apos;a pas été ouvert ; le projet actuel est inchangé.

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Choose a file name ending in .svg, .png or .pdf.</source>
        <translation>Choisissez un nom de fichier se terminant par .svg, .png ou .pdf.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Portolan projects (*.yaml *.yml);;All files (*)</source>
        <translation>Projets Portolan (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Portolan projects (*.yaml)</source>
        <translation>Projets Portolan (*.yaml)</translation>
    </message>
    <message>
        <source>Export Drawing</source>
        <translation>Exporter le schéma</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Schéma SVG (*.svg);;Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>Portolan did not close properly. Restore the unsaved changes of %1 from the last autosave?</source>
        <translation>Portolan ne s&apos;est pas fermé correctement. Restaurer les modifications non enregistrées de %1 depuis le dernier enregistrement automatique ?</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>un projet sans titre</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Ouvrir un exe&amp;mple</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export Drawing…</source>
        <translation>E&amp;xporter le schéma…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Connect Mode</source>
        <translation>Mode co&amp;nnexion</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Drag from one element to another to connect them (or hold Alt while dragging)</source>
        <translation>Faites glisser d&apos;un élément à un autre pour les connecter (ou maintenez Alt pendant le glissement)</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Aligner sur la &amp;grille</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Deriving…</source>
        <translation>Dérivation en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder, or make room on the disk.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier ou libérez de l&apos;espace sur le disque.</translation>
    </message>
    <message>
        <source>Nothing to paste: what was copied refers to zones this project lacks.</source>
        <translation>Rien à coller : ce qui a été copié fait référence à des zones absentes de ce projet.</translation>
    </message>
    <message>
        <source>Export &amp;Rules…</source>
        <translation>Exporter les &amp;règles…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n fichier écrit dans %1</numerusform>
            <numerusform>%n fichiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Alt+Shift+L</source>
        <translation>Alt+Shift+L</translation>
    </message>
    <message>
        <source>Align Centres &amp;Horizontally</source>
        <translation>Centrer &amp;horizontalement</translation>
    </message>
    <message>
        <source>Alt+Shift+H</source>
        <translation>Alt+Shift+H</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Alt+Shift+R</source>
        <translation>Alt+Shift+R</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aligner en hau&amp;t</translation>
    </message>
    <message>
        <source>Alt+Shift+T</source>
        <translation>Alt+Shift+T</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>Centrer &amp;verticalement</translation>
    </message>
    <message>
        <source>Alt+Shift+V</source>
        <translation>Alt+Shift+V</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Alt+Shift+B</source>
        <translation>Alt+Shift+B</translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Répartir hori&amp;zontalement</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+H</source>
        <translation>Ctrl+Alt+Shift+H</translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation>Répartir v&amp;erticalement</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+V</source>
        <translation>Ctrl+Alt+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Auto Layout</source>
        <translation>Disposition &amp;automatique</translation>
    </message>
    <message>
        <source>Lay the whole drawing out in layers: clients, load balancers, NAT layers and firewalls, then nodes, with zones sized to their content</source>
        <translation>Disposer tout le dessin en couches : clients, répartiteurs de charge, couches NAT et pare-feu, puis nœuds, avec des zones dimensionnées selon leur contenu</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <source>NAT Review</source>
        <translation>Revue NAT</translation>
    </message>
    <message>
        <source>It was written %1.</source>
        <translation>Il a été écrit %1.</translation>
    </message>
    <message>
        <source>The project file was saved after it (%1): restoring replaces that version.</source>
        <translation>Le fichier de projet a été enregistré après (%1) : la restauration remplace cette version.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Delete Line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Flows are derived: delete the connection or element that asks for them</source>
        <translation>Les flux sont dérivés : supprimez la connexion ou l&apos;élément qui les demande</translation>
    </message>
    <message>
        <source>&amp;Connect from Here</source>
        <translation>&amp;Connecter depuis ici</translation>
    </message>
    <message>
        <source>Show Only Flows of %1</source>
        <translation>Afficher uniquement les flux de %1</translation>
    </message>
    <message>
        <source>Show Only This Element&apos;s &amp;Flows</source>
        <translation>Afficher uniquement les &amp;flux de cet élément</translation>
    </message>
    <message>
        <source>&amp;Select These Flows</source>
        <translation>Sé&amp;lectionner ces flux</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Leave Compare Mode</source>
        <translation>Quitter le mode comparaison</translation>
    </message>
    <message>
        <source>Compare mode: Esc leaves it</source>
        <translation>Mode comparaison : Échap pour en sortir</translation>
    </message>
    <message>
        <source>Re&amp;concile…</source>
        <translation>&amp;Rapprocher…</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Reconcile: close the dock to leave</source>
        <translation>Rapprochement : fermez le panneau pour le quitter</translation>
    </message>
    <message>
        <source>Folder of Today&apos;s Rules</source>
        <translation>Dossier des règles actuelles</translation>
    </message>
</context>
<context>
    <name>portolan::NatReviewPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Apply proposed settings</source>
        <translation>&amp;Appliquer les paramètres proposés</translation>
    </message>
    <message>
        <source>NAT layer / mapping / node port</source>
        <translation>Couche NAT / mappage / port du nœud</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Advertised</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>Proposed listen</source>
        <translation>Écoute proposée</translation>
    </message>
    <message>
        <source>Proposed advertise</source>
        <translation>Annonce proposée</translation>
    </message>
    <message>
        <source>Reached from</source>
        <translation>Atteint depuis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Review proposes no settings here.</source>
        <translation>La revue ne propose aucun paramètre ici.</translation>
    </message>
    <message>
        <source>Copy the proposed settings to the clipboard</source>
        <translation>Copier les paramètres proposés dans le presse-papiers</translation>
    </message>
    <message>
        <source>Change the node&apos;s settings to the proposed values (one undo step)</source>
        <translation>Remplacer les paramètres du nœud par les valeurs proposées (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>%1 (auto-detected)</source>
        <translation>%1 (détecté automatiquement)</translation>
    </message>
    <message>
        <source>external IP (STUN)</source>
        <translation>IP externe (STUN)</translation>
    </message>
    <message>
        <source>differs from the proposal</source>
        <translation>diffère de la proposition</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>cohérent</translation>
    </message>
    <message>
        <source>NAT %1: %2 → %3</source>
        <translation>NAT %1 : %2 → %3</translation>
    </message>
    <message>
        <source>Mappings (outside → inside)</source>
        <translation>Mappages (extérieur → intérieur)</translation>
    </message>
    <message>
        <source>%1  (to %2)</source>
        <translation>%1  (vers %2)</translation>
    </message>
    <message>
        <source>(no static mappings)</source>
        <translation>(aucun mappage statique)</translation>
    </message>
    <message>
        <source>Nodes behind it</source>
        <translation>Nœuds derrière</translation>
    </message>
    <message>
        <source>(no NAT-sensitive ports behind this NAT)</source>
        <translation>(aucun port sensible au NAT derrière ce NAT)</translation>
    </message>
    <message>
        <source>Reached without NAT</source>
        <translation>Atteint sans NAT</translation>
    </message>
    <message>
        <source>Proposed settings, every node:</source>
        <translation>Paramètres proposés, tous les nœuds :</translation>
    </message>
    <message>
        <source>Proposed settings for %1:</source>
        <translation>Paramètres proposés pour %1 :</translation>
    </message>
    <message>
        <source>Change the settings to the proposed values (one undo step)</source>
        <translation>Remplacer les paramètres par les valeurs proposées (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>The settings already have the proposed values</source>
        <translation>Les paramètres ont déjà les valeurs proposées</translation>
    </message>
    <message numerus="yes">
        <source>%1 … and %n more</source>
        <translation>
            <numerusform>%1 … et %n autre</numerusform>
            <numerusform>%1 … et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::OutlinePanel</name>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
</context>
<context>
    <name>portolan::OverviewView</name>
    <message>
        <source>Click or drag to move the canvas there</source>
        <translation>Cliquez ou faites glisser pour y déplacer le canevas</translation>
    </message>
</context>
<context>
    <name>portolan::PalettePanel</name>
    <message>
        <source>Drag onto the canvas</source>
        <translation>Faire glisser sur le canevas</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Node group</source>
        <translation>Groupe de nœuds</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <source>NAT layer</source>
        <translation>Couche NAT</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>VPC / network</source>
        <translation>VPC / réseau</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>Trusted network</source>
        <translation>Réseau de confiance</translation>
    </message>
    <message>
        <source>Other network</source>
        <translation>Autre réseau</translation>
    </message>
    <message>
        <source>%1 %2: %3 (drop it on a node)</source>
        <translation>%1 %2 : %3 (déposez-le sur un nœud)</translation>
    </message>
    <message>
        <source>Filter by name or product (Esc clears)</source>
        <translation>Filtrer par nom ou produit (Échap efface)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Catalogs › New Catalog… adds a component of your own.</source>
        <translation>Rien ne correspond à « %1 ». Catalogues › Nouveau catalogue… ajoute un composant à vous.</translation>
    </message>
</context>
<context>
    <name>portolan::PortTableModel</name>
    <message>
        <source>Enabled by the feature %1.</source>
        <translation>Activé par la fonctionnalité %1.</translation>
    </message>
    <message>
        <source>Switched off by: %1.</source>
        <translation>Désactivé par : %1.</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>egress to %1</source>
        <translation>sortie vers %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Number ← setting</source>
        <translation>Numéro ← paramètre</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Document source</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The new language applies when Portolan is restarted.</source>
        <translation>La nouvelle langue s&apos;applique au redémarrage de Portolan.</translation>
    </message>
    <message>
        <source>Changing the language takes effect after a restart.</source>
        <translation>Le changement de langue prend effet après un redémarrage.</translation>
    </message>
    <message>
        <source>Unsaved work is copied to a recovery file a moment after each edit, and at least this often while you keep editing; 0 turns autosave off.</source>
        <translation>Le travail non enregistré est copié dans un fichier de récupération peu après chaque modification, et au moins à cette fréquence tant que vous continuez à modifier ; 0 désactive l&apos;enregistrement automatique.</translation>
    </message>
    <message>
        <source>&amp;Autosave at least every:</source>
        <translation>Enregistrement &amp;automatique au moins toutes les :</translation>
    </message>
</context>
<context>
    <name>portolan::ReconcileMode</name>
    <message>
        <source>not compared: chosen in the window</source>
        <translation>non comparé : choisi dans la fenêtre</translation>
    </message>
</context>
<context>
    <name>portolan::ReconcileOverlay</name>
    <message>
        <source>Blocked by today&apos;s rules</source>
        <translation>Bloqué par les règles actuelles</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s rules admit %n opening(s) the plan does not ask for</source>
        <translation>
            <numerusform>Les règles actuelles autorisent %n ouverture que le plan ne demande pas</numerusform>
            <numerusform>Les règles actuelles autorisent %n ouvertures que le plan ne demande pas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ReconcilePanel</name>
    <message>
        <source>Leave Reconcile</source>
        <translation>Quitter le rapprochement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Point / status</source>
        <translation>Point / statut</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Today&apos;s rule</source>
        <translation>Règle actuelle</translation>
    </message>
    <message>
        <source>Today&apos;s rules in %1</source>
        <translation>Règles actuelles dans %1</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(ignoré)</translation>
    </message>
    <message>
        <source>(not compared)</source>
        <translation>(non comparé)</translation>
    </message>
    <message>
        <source>equal to the plan</source>
        <translation>identique au plan</translation>
    </message>
    <message>
        <source>%1 blocked, %2 extra</source>
        <translation>%1 bloqués, %2 en trop</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>bloqué %1</translation>
    </message>
    <message>
        <source>extra %1</source>
        <translation>en trop %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) compared</source>
        <translation>
            <numerusform>%n point comparé</numerusform>
            <numerusform>%n points comparés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ</source>
        <translation>
            <numerusform>%n diffère</numerusform>
            <numerusform>%n diffèrent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not compared</source>
        <translation>
            <numerusform>%n fichier non comparé</numerusform>
            <numerusform>%n fichiers non comparés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Non comparé : %1</translation>
    </message>
    <message>
        <source>Comparing today&apos;s rules with the plan…</source>
        <translation>Comparaison des règles actuelles avec le plan…</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewPanel</name>
    <message>
        <source>Show or hide findings of this severity</source>
        <translation>Afficher ou masquer les constats de cette gravité</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>Review — no findings</source>
        <translation>Revue — aucun constat</translation>
    </message>
    <message>
        <source>Review — %1, %2, %3</source>
        <translation>Revue — %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>portolan::RulesModel</name>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 autres)</translation>
    </message>
    <message>
        <source>host firewall</source>
        <translation>pare-feu d&apos;hôte</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>groupe de sécurité</translation>
    </message>
    <message>
        <source>boundary firewall</source>
        <translation>pare-feu périmétrique</translation>
    </message>
    <message>
        <source>load balancer group</source>
        <translation>groupe de répartiteurs de charge</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>A %1 allows %2 per direction and family.</source>
        <translation>Un %1 autorise %2 par sens et par famille.</translation>
    </message>
    <message>
        <source>A %1 allows %2 in all.</source>
        <translation>Un %1 autorise %2 au total.</translation>
    </message>
    <message>
        <source>This target states no rule limit.</source>
        <translation>Cette cible n&apos;indique aucune limite de règles.</translation>
    </message>
    <message>
        <source>Over the limit: the export needs fewer, wider rules or more groups.</source>
        <translation>Limite dépassée : l&apos;export nécessite des règles moins nombreuses et plus larges, ou davantage de groupes.</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>redirection</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation>S&apos;applique à : %1</translation>
    </message>
    <message numerus="yes">
        <source>Allows %n flow(s)</source>
        <translation>
            <numerusform>Autorise %n flux</numerusform>
            <numerusform>Autorise %n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>Enforcement point / direction</source>
        <translation>Point d&apos;application / sens</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Peers or group</source>
        <translation>Pairs ou groupe</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Rules / limit</source>
        <translation>Règles / limite</translation>
    </message>
</context>
<context>
    <name>portolan::RulesPanel</name>
    <message>
        <source>Search rules (point, port, address, comment)…</source>
        <translation>Rechercher des règles (point, port, adresse, commentaire)…</translation>
    </message>
</context>
<context>
    <name>portolan::SettingTableModel</name>
    <message>
        <source>unset</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Document source</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>chain %1: jumps nest deeper than 64 (a loop?)</source>
        <translation>chaîne %1 : les sauts s&apos;imbriquent sur plus de 64 niveaux (une boucle ?)</translation>
    </message>
    <message>
        <source>jump to a chain that does not exist: %1</source>
        <translation>saut vers une chaîne inexistante : %1</translation>
    </message>
</context>
</TS>
