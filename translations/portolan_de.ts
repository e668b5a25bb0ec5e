<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddElementsEdit</name>
    <message numerus="yes">
        <source>Add %n element(s)</source>
        <translation>
            <numerusform>%n Element hinzufügen</numerusform>
            <numerusform>%n Elemente hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressList</name>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; beginnt nicht mit einer IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; spans more than the last %2; write it as several ranges</source>
        <translation>&apos;%1&apos; umfasst mehr als die letzte Stelle (%2); schreiben Sie ihn als mehrere Bereiche</translation>
    </message>
    <message>
        <source>octet</source>
        <translation>Oktett</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range: write 10.0.0.11-13 or 10.0.0.11-10.0.0.13</source>
        <translation>&apos;%1&apos; ist kein Bereich: schreiben Sie 10.0.0.11-13 oder 10.0.0.11-10.0.0.13</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range: write 2001:db8::a-1f or 2001:db8::a-2001:db8::1f</source>
        <translation>&apos;%1&apos; ist kein Bereich: schreiben Sie 2001:db8::a-1f oder 2001:db8::a-2001:db8::1f</translation>
    </message>
    <message>
        <source>&apos;%1&apos; runs backwards: the end is below the start</source>
        <translation>&apos;%1&apos; läuft rückwärts: das Ende liegt unter dem Anfang</translation>
    </message>
    <message>
        <source>&apos;%1&apos; makes more than %2 addresses in one field</source>
        <translation>&apos;%1&apos; ergibt mehr als %2 Adressen in einem Feld</translation>
    </message>
    <message>
        <source>more than %1 addresses in one field</source>
        <translation>mehr als %1 Adressen in einem Feld</translation>
    </message>
</context>
<context>
    <name>AddressMap</name>
    <message>
        <source>address map &apos;%1&apos; must look like 192.0.2.10=127.0.0.2 or 192.0.2.0/24=127.0.2.0/24</source>
        <translation>Adresszuordnung &apos;%1&apos; muss die Form 192.0.2.10=127.0.0.2 oder 192.0.2.0/24=127.0.2.0/24 haben</translation>
    </message>
    <message>
        <source>address map &apos;%1&apos; has an address that cannot be read</source>
        <translation>Adresszuordnung &apos;%1&apos; enthält eine unlesbare Adresse</translation>
    </message>
    <message>
        <source>address map &apos;%1&apos; must map a network onto one of the same size and family</source>
        <translation>Adresszuordnung &apos;%1&apos; muss ein Netz auf eines gleicher Größe und Adressfamilie abbilden</translation>
    </message>
    <message>
        <source>address map &apos;%1&apos;: IPv6 maps take single addresses</source>
        <translation>Adresszuordnung &apos;%1&apos;: IPv6-Zuordnungen nehmen nur einzelne Adressen</translation>
    </message>
</context>
<context>
    <name>AdminFlows</name>
    <message>
        <source>&apos;%1&apos; is an admin port; only admin clients or trusted networks may reach it</source>
        <translation>&apos;%1&apos; ist ein Admin-Port; nur Admin-Clients oder vertrauenswürdige Netze dürfen ihn erreichen</translation>
    </message>
</context>
<context>
    <name>ApplyLayoutEdit</name>
    <message>
        <source>Auto layout</source>
        <translation>Automatisches Layout</translation>
    </message>
</context>
<context>
    <name>AuditProbeLister</name>
    <message>
        <source>flow %1 → %2 (%3)</source>
        <translation>Fluss %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2) is not planned to be reachable from %3</source>
        <translation>%1 (%2) soll laut Plan nicht von %3 aus erreichbar sein</translation>
    </message>
    <message>
        <source>listener %1/%2 is not planned to be reachable from %3</source>
        <translation>Listener %1/%2 soll laut Plan nicht von %3 aus erreichbar sein</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Audit from zone &apos;%1&apos;%2
</source>
        <translation>Audit aus Zone &apos;%1&apos;%2
</translation>
    </message>
    <message>
        <source> (stopped before the end)</source>
        <translation> (vor dem Ende abgebrochen)</translation>
    </message>
    <message>
        <source>tls      %1  certificate &apos;%2&apos;, expires %3
</source>
        <translation>tls      %1  Zertifikat &apos;%2&apos;, läuft ab %3
</translation>
    </message>
    <message>
        <source>%1 probed: %2 as planned, %3 unexpectedly open, %4 expected open but closed or filtered, %5 answering differently, %6 undetermined
</source>
        <translation>%1 geprüft: %2 wie geplant, %3 unerwartet offen, %4 erwartet offen, aber geschlossen oder gefiltert, %5 mit abweichender Antwort, %6 unbestimmt
</translation>
    </message>
</context>
<context>
    <name>Auditor</name>
    <message>
        <source>not finished: the audit was stopped</source>
        <translation>nicht abgeschlossen: das Audit wurde abgebrochen</translation>
    </message>
    <message>
        <source>not probed: the audit was stopped</source>
        <translation>nicht geprüft: das Audit wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>AwsCliExporter</name>
    <message>
        <source>Input for aws ec2 revoke-security-group-egress: removes the default allow-all egress of the new group %1 (replace %2 with its id)</source>
        <translation>Eingabe für aws ec2 revoke-security-group-egress: entfernt den Standard-Egress „alles erlauben“ der neuen Gruppe %1 (ersetzen Sie %2 durch deren ID)</translation>
    </message>
    <message>
        <source>Input for aws ec2 authorize-security-group-ingress --cli-input-json for %1 (replace every REPLACE-WITH-ID-OF-... with the group&apos;s id)</source>
        <translation>Eingabe für aws ec2 authorize-security-group-ingress --cli-input-json für %1 (ersetzen Sie jedes REPLACE-WITH-ID-OF-... durch die ID der Gruppe)</translation>
    </message>
    <message>
        <source>Input for aws ec2 authorize-security-group-egress --cli-input-json for %1 (replace every REPLACE-WITH-ID-OF-... with the group&apos;s id)</source>
        <translation>Eingabe für aws ec2 authorize-security-group-egress --cli-input-json für %1 (ersetzen Sie jedes REPLACE-WITH-ID-OF-... durch die ID der Gruppe)</translation>
    </message>
    <message>
        <source>AWS security group rules (AWS CLI JSON)</source>
        <translation>AWS-Security-Group-Regeln (AWS CLI JSON)</translation>
    </message>
</context>
<context>
    <name>AwsCloudFormationExporter</name>
    <message>
        <source>The template would hold %1 resources; CloudFormation takes at most %2 per stack. Use the Terraform export or merge rules in the plan.</source>
        <translation>Die Vorlage würde %1 Ressourcen enthalten; CloudFormation erlaubt höchstens %2 pro Stack. Verwenden Sie den Terraform-Export oder fassen Sie Regeln im Plan zusammen.</translation>
    </message>
    <message>
        <source>AWS security groups and their rules as a CloudFormation template</source>
        <translation>AWS-Security-Groups und ihre Regeln als CloudFormation-Vorlage</translation>
    </message>
    <message>
        <source>AWS security groups (CloudFormation)</source>
        <translation>AWS-Security-Groups (CloudFormation)</translation>
    </message>
</context>
<context>
    <name>AwsCloudFormationNetwork</name>
    <message>
        <source>AWS network ACLs of the boundary firewalls&apos; subnets (stateless: with return entries for the ephemeral ports %1-%2) and NAT gateways as a CloudFormation template of its own, deployed as a second stack; parameters SubnetId... name the subnets</source>
        <translation>AWS-Netzwerk-ACLs der Subnetze der Perimeter-Firewalls (zustandslos: mit Rückeinträgen für die ephemeren Ports %1-%2) und NAT-Gateways als eigene CloudFormation-Vorlage, bereitgestellt als zweiter Stack; die Parameter SubnetId... benennen die Subnetze</translation>
    </message>
</context>
<context>
    <name>AwsNetworkResources</name>
    <message>
        <source>%1 guards the AWS zone %2, which has no subnet zone: network ACLs attach to subnets, so none was generated for it.</source>
        <translation>%1 schützt die AWS-Zone %2, die keine Subnetz-Zone hat: Netzwerk-ACLs werden Subnetzen zugeordnet, daher wurde für sie keine erzeugt.</translation>
    </message>
    <message>
        <source>A rule of %1 names no addresses a network ACL can allow (it refers to %2).</source>
        <translation>Eine Regel von %1 nennt keine Adressen, die eine Netzwerk-ACL erlauben kann (sie verweist auf %2).</translation>
    </message>
    <message>
        <source>The network ACL of %1 on subnet %2 needs %3 entries in one direction and IP family (return traffic included); AWS allows at most %4. Merge sources or port ranges in the plan, or use security groups for this traffic.</source>
        <translation>Die Netzwerk-ACL von %1 im Subnetz %2 braucht %3 Einträge in einer Richtung und IP-Familie (Rückverkehr eingeschlossen); AWS erlaubt höchstens %4. Fassen Sie Quellen oder Portbereiche im Plan zusammen, oder verwenden Sie für diesen Verkehr Security Groups.</translation>
    </message>
    <message>
        <source>The network ACL of %1 on subnet %2 needs %3 entries in one direction and IP family (return traffic included); AWS allows %4 by default: raise the &quot;Rules per network ACL&quot; quota (up to %5) before applying.</source>
        <translation>Die Netzwerk-ACL von %1 im Subnetz %2 braucht %3 Einträge in einer Richtung und IP-Familie (Rückverkehr eingeschlossen); AWS erlaubt standardmäßig %4: Erhöhen Sie vor dem Anwenden das Kontingent &quot;Rules per network ACL&quot; (auf bis zu %5).</translation>
    </message>
    <message>
        <source>NAT layer %1 maps outside addresses to inside ones: in AWS that is the internet gateway with public or Elastic IPs on the instances, which a NAT gateway cannot do. Nothing was generated for it: give the instances those addresses.</source>
        <translation>NAT-Schicht %1 bildet äußere Adressen auf innere ab: In AWS übernimmt das das Internet-Gateway mit öffentlichen oder Elastic IPs auf den Instanzen, was ein NAT-Gateway nicht kann. Für sie wurde nichts erzeugt: Geben Sie den Instanzen diese Adressen.</translation>
    </message>
</context>
<context>
    <name>AwsResources</name>
    <message>
        <source>A rule of %1 refers to %2, which is not an AWS security group and has no addresses to allow instead.</source>
        <translation>Eine Regel von %1 verweist auf %2; das ist keine AWS-Security-Group und hat auch keine Adressen, die stattdessen erlaubt werden könnten.</translation>
    </message>
    <message>
        <source>A rule of %1 refers to the unknown group %2.</source>
        <translation>Eine Regel von %1 verweist auf die unbekannte Gruppe %2.</translation>
    </message>
    <message>
        <source>%1 needs %2 security groups of at most %3 rules each per direction and IP family; an instance takes only %4 groups by default. Merge sources or port ranges in the plan.</source>
        <translation>%1 braucht %2 Security Groups mit je höchstens %3 Regeln pro Richtung und IP-Familie; eine Instanz nimmt standardmäßig nur %4 Gruppen. Fassen Sie Quellen oder Portbereiche im Plan zusammen.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rules in one direction and IP family: it was split into %3 security groups; attach all of them to every instance.</source>
        <translation>%1 hat mehr als %2 Regeln in einer Richtung und IP-Familie: die Gruppe wurde in %3 Security Groups aufgeteilt; weisen Sie alle jeder Instanz zu.</translation>
    </message>
</context>
<context>
    <name>AwsSecurityGroupReader</name>
    <message>
        <source>expected the output of `aws ec2 describe-security-groups` (an object with a &quot;SecurityGroups&quot; array)</source>
        <translation>erwartet wurde die Ausgabe von `aws ec2 describe-security-groups` (ein Objekt mit einem Array &quot;SecurityGroups&quot;)</translation>
    </message>
    <message>
        <source>a security group without a &quot;GroupId&quot;</source>
        <translation>eine Sicherheitsgruppe ohne &quot;GroupId&quot;</translation>
    </message>
    <message>
        <source>security group %1 is listed twice</source>
        <translation>Sicherheitsgruppe %1 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>no security group of the point in this file: expected one named %1</source>
        <translation>keine Sicherheitsgruppe des Punkts in dieser Datei: erwartet wurde eine namens %1</translation>
    </message>
    <message>
        <source>unknown IpProtocol &apos;%1&apos;</source>
        <translation>unbekanntes IpProtocol &apos;%1&apos;</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>gesamter Verkehr</translation>
    </message>
    <message>
        <source>bad ICMP type %1 or code %2</source>
        <translation>ungültiger ICMP-Typ %1 oder -Code %2</translation>
    </message>
    <message>
        <source>ICMP code %1</source>
        <translation>ICMP-Code %1</translation>
    </message>
    <message>
        <source>bad port range %1-%2</source>
        <translation>ungültiger Portbereich %1-%2</translation>
    </message>
    <message>
        <source>an IpPermission is not an object</source>
        <translation>eine IpPermission ist kein Objekt</translation>
    </message>
    <message>
        <source>bad %1 address &apos;%2&apos;</source>
        <translation>ungültige %1-Adresse &apos;%2&apos;</translation>
    </message>
    <message>
        <source>reference to security group %1, which is not a group of the plan in this file</source>
        <translation>Verweis auf Sicherheitsgruppe %1, die in dieser Datei keine Gruppe des Plans ist</translation>
    </message>
    <message>
        <source>reference to security group %1, to which the plan gives no addresses</source>
        <translation>Verweis auf Sicherheitsgruppe %1, der der Plan keine Adressen gibt</translation>
    </message>
    <message>
        <source>prefix list %1 (its entries are not in this file)</source>
        <translation>Präfixliste %1 (ihre Einträge stehen nicht in dieser Datei)</translation>
    </message>
</context>
<context>
    <name>AwsTerraformExporter</name>
    <message>
        <source>the VPC</source>
        <translation>die VPC</translation>
    </message>
    <message>
        <source>AWS security groups and their rules for Terraform (AWS provider %1)</source>
        <translation>AWS-Security-Groups und ihre Regeln für Terraform (AWS-Provider %1)</translation>
    </message>
    <message>
        <source>AWS security groups (Terraform)</source>
        <translation>AWS-Security-Groups (Terraform)</translation>
    </message>
</context>
<context>
    <name>AwsTerraformNetwork</name>
    <message>
        <source>AWS network ACLs of the boundary firewalls&apos; subnets (stateless: with return entries for the ephemeral ports %1-%2) and NAT gateways for Terraform, in the same module as security_groups.tf (AWS provider %3); variables subnet_id_... name the subnets</source>
        <translation>AWS-Netzwerk-ACLs der Subnetze der Perimeter-Firewalls (zustandslos: mit Rückeinträgen für die ephemeren Ports %1-%2) und NAT-Gateways für Terraform, im selben Modul wie security_groups.tf (AWS-Provider %3); die Variablen subnet_id_... benennen die Subnetze</translation>
    </message>
</context>
<context>
    <name>AzureTerraformExporter</name>
    <message>
        <source>A rule of %1 refers to %2, which has no addresses to allow.</source>
        <translation>Eine Regel von %1 verweist auf %2, das keine zu erlaubenden Adressen hat.</translation>
    </message>
    <message>
        <source>%1 needs %2 rules; an Azure network security group takes at most %3.</source>
        <translation>%1 braucht %2 Regeln; eine Azure-Netzwerksicherheitsgruppe nimmt höchstens %3.</translation>
    </message>
    <message>
        <source>Azure network security groups (azurerm_network_security_group) for Terraform</source>
        <translation>Azure-Netzwerksicherheitsgruppen (azurerm_network_security_group) für Terraform</translation>
    </message>
    <message>
        <source>Azure network security groups (Terraform)</source>
        <translation>Azure-Netzwerksicherheitsgruppen (Terraform)</translation>
    </message>
</context>
<context>
    <name>BundleBuilder</name>
    <message>
        <source># Portolan rule bundle: %1</source>
        <translation># Portolan-Regelpaket: %1</translation>
    </message>
    <message>
        <source>Generated by Portolan from the deployment plan; regenerate it with `portolan-cli export` rather than editing files. Same plan, same bytes.</source>
        <translation>Von Portolan aus dem Bereitstellungsplan erzeugt; erzeugen Sie es mit `portolan-cli export` neu, statt Dateien zu bearbeiten. Gleicher Plan, gleiche Bytes.</translation>
    </message>
    <message>
        <source>## Before you apply anything</source>
        <translation>## Bevor Sie etwas anwenden</translation>
    </message>
    <message>
        <source>1. Check the bundle is complete and unchanged: `sha256sum -c %1`.</source>
        <translation>1. Prüfen Sie, dass das Paket vollständig und unverändert ist: `sha256sum -c %1`.</translation>
    </message>
    <message>
        <source>2. Apply to one node first, from a console that survives losing the network (serial or out-of-band console, cloud console), and keep the rollback command at hand.</source>
        <translation>2. Wenden Sie es zuerst auf einen Knoten an, von einer Konsole aus, die einen Netzwerkverlust übersteht (serielle oder Out-of-Band-Konsole, Cloud-Konsole), und halten Sie den Rollback-Befehl bereit.</translation>
    </message>
    <message>
        <source>3. Host files drop unlisted inbound traffic (loopback and established connections stay open); outbound traffic stays open, the egress rules list the planned outbound services.</source>
        <translation>3. Host-Dateien verwerfen nicht aufgeführten eingehenden Verkehr (Loopback und bestehende Verbindungen bleiben offen); ausgehender Verkehr bleibt offen, die Egress-Regeln führen die geplanten ausgehenden Dienste auf.</translation>
    </message>
    <message>
        <source>4. Each section below says how to apply and how to roll back its files.</source>
        <translation>4. Jeder Abschnitt unten beschreibt, wie seine Dateien angewendet und zurückgerollt werden.</translation>
    </message>
    <message>
        <source>**error**</source>
        <translation>**Fehler**</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>## Problems found while exporting</source>
        <translation>## Beim Export gefundene Probleme</translation>
    </message>
    <message>
        <source>Not generated: this target cannot express the plan (see the problems above).</source>
        <translation>Nicht erzeugt: dieses Ziel kann den Plan nicht abbilden (siehe die Probleme oben).</translation>
    </message>
    <message>
        <source>No files: the plan has nothing for this target.</source>
        <translation>Keine Dateien: der Plan enthält nichts für dieses Ziel.</translation>
    </message>
    <message>
        <source>what each file is, how to apply and roll back</source>
        <translation>was jede Datei ist, wie man sie anwendet und zurückrollt</translation>
    </message>
    <message>
        <source>SHA-256 of every other file (sha256sum -c)</source>
        <translation>SHA-256 aller anderen Dateien (sha256sum -c)</translation>
    </message>
    <message>
        <source>5. Gateway files (boundary firewalls, NAT layers) filter or translate forwarded traffic for whole networks: apply them after the host files, device by device, in the order the network section gives.</source>
        <translation>5. Gateway-Dateien (Perimeter-Firewalls, NAT-Schichten) filtern oder übersetzen weitergeleiteten Verkehr für ganze Netze: Wenden Sie sie nach den Host-Dateien an, Gerät für Gerät, in der Reihenfolge, die der Netzwerkabschnitt angibt.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no earlier bundle (no %2); choose another --out folder.</source>
        <translation>%1 ist nicht leer und enthält kein früheres Paket (kein %2); wählen Sie einen anderen --out-Ordner.</translation>
    </message>
    <message>
        <source>Refusing to write the unsafe path &apos;%1&apos;.</source>
        <translation>Der unsichere Pfad &apos;%1&apos; wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2. Nothing was written; choose another folder.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2. Es wurde nichts geschrieben; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the bundle to %1: %2. Nothing was changed there; make the folder writable or choose another one.</source>
        <translation>Das Paket kann nicht nach %1 geschrieben werden: %2. Dort wurde nichts geändert; machen Sie den Ordner beschreibbar oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Cannot write the bundle to %1: %2 (at %3). Nothing was changed there; make room on the disk or choose another folder.</source>
        <translation>Das Paket kann nicht nach %1 geschrieben werden: %2 (bei %3). Dort wurde nichts geändert; schaffen Sie Platz auf dem Datenträger oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot move the earlier bundle %1 aside: %2. It is unchanged; choose another folder.</source>
        <translation>Das frühere Paket %1 kann nicht beiseitegeschoben werden: %2. Es ist unverändert; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot move the new bundle into place at %1: %2. The earlier bundle is unchanged; choose another folder.</source>
        <translation>Das neue Paket kann nicht an seinen Platz unter %1 verschoben werden: %2. Das frühere Paket ist unverändert; wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>CatalogDiff</name>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>clustered</source>
        <translation>geclustert</translation>
    </message>
    <message>
        <source>Entries are matched by id: a port is the same port when its component and port id are the same, a setting when its key is. A matched port is changed when its default number, protocol, audience, setting or optionality differs; a setting when its type or default differs.</source>
        <translation>Einträge werden anhand ihrer ID zugeordnet: Ein Port gilt als derselbe Port, wenn seine Komponente und seine Port-ID übereinstimmen, eine Einstellung, wenn ihr Schlüssel übereinstimmt. Ein zugeordneter Port gilt als geändert, wenn sich seine Standardnummer, sein Protokoll, seine Zielgruppe, seine Einstellung oder seine Optionalität unterscheidet; eine Einstellung, wenn sich ihr Typ oder ihr Standardwert unterscheidet.</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
</context>
<context>
    <name>CatalogMenu</name>
    <message>
        <source>&amp;Catalogs</source>
        <translation>&amp;Kataloge</translation>
    </message>
    <message>
        <source>&amp;New Catalog…</source>
        <translation>&amp;Neuer Katalog…</translation>
    </message>
    <message>
        <source>&amp;Edit Catalog…</source>
        <translation>Katalog &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit Catalog</source>
        <translation>Katalog bearbeiten</translation>
    </message>
    <message>
        <source>These catalogs cannot be read and are not offered:
%1</source>
        <translation>Diese Kataloge können nicht gelesen werden und werden nicht angeboten:
%1</translation>
    </message>
    <message>
        <source>The user catalog folder %1 holds no catalog yet: use New Catalog… or Duplicate as User Catalog….</source>
        <translation>Der Benutzerkatalogordner %1 enthält noch keinen Katalog: Verwenden Sie „Neuer Katalog…“ oder „Als Benutzerkatalog duplizieren…“.</translation>
    </message>
    <message>
        <source>User catalog:</source>
        <translation>Benutzerkatalog:</translation>
    </message>
    <message>
        <source>&amp;Duplicate as User Catalog…</source>
        <translation>Als Benutzerkatalog &amp;duplizieren…</translation>
    </message>
    <message>
        <source>Duplicate as User Catalog</source>
        <translation>Als Benutzerkatalog duplizieren</translation>
    </message>
    <message>
        <source>Catalog to copy:</source>
        <translation>Zu kopierender Katalog:</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>the catalog</source>
        <translation>der Katalog</translation>
    </message>
    <message>
        <source>catalog format %1 is newer than this Portolan understands (%2)</source>
        <translation>Katalogformat %1 ist neuer, als diese Portolan-Version versteht (%2)</translation>
    </message>
    <message>
        <source>update Portolan to read this catalog</source>
        <translation>aktualisieren Sie Portolan, um diesen Katalog zu lesen</translation>
    </message>
    <message>
        <source>&apos;sources&apos;</source>
        <translation>&apos;sources&apos;</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>eine Quelle</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is defined twice</source>
        <translation>Quelle &apos;%1&apos; ist doppelt definiert</translation>
    </message>
    <message>
        <source>a catalog must name the vendor document it was taken from</source>
        <translation>ein Katalog muss das Herstellerdokument nennen, aus dem er stammt</translation>
    </message>
    <message>
        <source>add a &apos;sources&apos; entry</source>
        <translation>fügen Sie einen Eintrag unter &apos;sources&apos; hinzu</translation>
    </message>
    <message>
        <source>&apos;components&apos;</source>
        <translation>&apos;components&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id</source>
        <translation>&apos;%1&apos; ist keine gültige ID</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>verwenden Sie Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;</source>
        <translation>unbekannte Quelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>define it under &apos;sources&apos;</source>
        <translation>definieren Sie sie unter &apos;sources&apos;</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>eine Komponente</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; is defined twice</source>
        <translation>Komponente &apos;%1&apos; ist doppelt definiert</translation>
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
        <translation>eine Einstellung</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; is defined twice</source>
        <translation>Einstellung &apos;%1&apos; ist doppelt definiert</translation>
    </message>
    <message>
        <source>unknown setting type &apos;%1&apos;</source>
        <translation>unbekannter Einstellungstyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use port, range, listen, address-port, address, bool or text</source>
        <translation>verwenden Sie port, range, listen, address-port, address, bool oder text</translation>
    </message>
    <message>
        <source>a feature</source>
        <translation>ein Feature</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; is defined twice</source>
        <translation>Feature &apos;%1&apos; ist doppelt definiert</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>unbekannte Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>declare settings before the features that use them</source>
        <translation>deklarieren Sie Einstellungen vor den Features, die sie verwenden</translation>
    </message>
    <message>
        <source>declare it under the component&apos;s &apos;settings&apos;</source>
        <translation>deklarieren Sie sie unter &apos;settings&apos; der Komponente</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; has type %2, which cannot give a port here</source>
        <translation>Einstellung &apos;%1&apos; hat den Typ %2, der hier keinen Port liefern kann</translation>
    </message>
    <message>
        <source>&apos;port&apos;</source>
        <translation>&apos;port&apos;</translation>
    </message>
    <message>
        <source>&apos;select&apos; must be plain, ssl or any</source>
        <translation>&apos;select&apos; muss plain, ssl oder any sein</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>ein Port</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is defined twice</source>
        <translation>Port &apos;%1&apos; ist doppelt definiert</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>unbekanntes Protokoll &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use tcp, udp, both or any</source>
        <translation>verwenden Sie tcp, udp, both oder any</translation>
    </message>
    <message>
        <source>unknown audience &apos;%1&apos;</source>
        <translation>unbekannte Zielgruppe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use clients, admins, peers, local, internal or egress</source>
        <translation>verwenden Sie clients, admins, peers, local, internal oder egress</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos;</source>
        <translation>unbekanntes Feature &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;excluded_by&apos;</source>
        <translation>&apos;excluded_by&apos;</translation>
    </message>
    <message>
        <source>an egress port needs &apos;egress_to&apos;</source>
        <translation>ein Egress-Port braucht &apos;egress_to&apos;</translation>
    </message>
    <message>
        <source>use &apos;internet&apos; or &apos;&lt;catalog&gt;/&lt;component&gt;&apos;</source>
        <translation>verwenden Sie &apos;internet&apos; oder &apos;&lt;catalog&gt;/&lt;component&gt;&apos;</translation>
    </message>
    <message>
        <source>&apos;nat&apos;</source>
        <translation>&apos;nat&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port in 1–65535</source>
        <translation>&apos;%1&apos; ist kein Port im Bereich 1–65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port range like 10000-20000</source>
        <translation>&apos;%1&apos; ist kein Portbereich wie 10000-20000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos; must be in a file named %2</source>
        <translation>Katalog &apos;%1&apos; muss in einer Datei namens %2 stehen</translation>
    </message>
    <message>
        <source>rename the file or change &apos;id&apos;</source>
        <translation>benennen Sie die Datei um oder ändern Sie &apos;id&apos;</translation>
    </message>
    <message>
        <source>cannot open the catalog: %1</source>
        <translation>der Katalog kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>more than %1 %2 in one list</source>
        <translation>mehr als %1 %2 in einer Liste</translation>
    </message>
    <message>
        <source>split the catalog</source>
        <translation>teilen Sie den Katalog auf</translation>
    </message>
</context>
<context>
    <name>CatalogSet</name>
    <message>
        <source>catalog id &apos;%1&apos; is already defined by %2</source>
        <translation>Katalog-ID &apos;%1&apos; ist bereits durch %2 definiert</translation>
    </message>
    <message>
        <source>give the catalog its own id, e.g. &apos;%1-custom&apos;</source>
        <translation>geben Sie dem Katalog eine eigene ID, z. B. &apos;%1-custom&apos;</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>off by default</source>
        <translation>standardmäßig aus</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>%1 (ssl entries)</source>
        <translation>%1 (ssl-Einträge)</translation>
    </message>
    <message>
        <source>%1 (plain entries)</source>
        <translation>%1 (Klartext-Einträge)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>%1 (unset)</source>
        <translation>%1 (nicht gesetzt)</translation>
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
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot save the catalog: %1</source>
        <translation>der Katalog kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>choose another catalog folder (PORTOLAN_CATALOG_PATH)</source>
        <translation>wählen Sie einen anderen Katalogordner (PORTOLAN_CATALOG_PATH)</translation>
    </message>
</context>
<context>
    <name>ChangePropertyEdit</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Change %1 of the project</source>
        <translation>%1 des Projekts ändern</translation>
    </message>
</context>
<context>
    <name>ClientFlows</name>
    <message>
        <source>port &apos;%1&apos; is not enabled on &apos;%2&apos;</source>
        <translation>Port &apos;%1&apos; ist auf &apos;%2&apos; nicht aktiviert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 port; clients must not reach it</source>
        <translation>&apos;%1&apos; ist ein %2-Port; Clients dürfen ihn nicht erreichen</translation>
    </message>
</context>
<context>
    <name>ClientUseChecks</name>
    <message>
        <source>%1 (%2) of %3 on %4</source>
        <translation>%1 (%2) von %3 auf %4</translation>
    </message>
    <message>
        <source>%1 uses %2, which has no port for %3 clients, so it gets nothing.</source>
        <translation>%1 nutzt %2, das keinen Port für %3-Clients hat, daher erhält es nichts.</translation>
    </message>
    <message>
        <source>%1 uses port &apos;%2&apos; of %3, which nothing there offers, so it gets nothing.</source>
        <translation>%1 nutzt Port &apos;%2&apos; von %3, den dort nichts anbietet, daher erhält es nichts.</translation>
    </message>
    <message>
        <source>Name a port %1 offers (or a listener&apos;s target port), or use another target.</source>
        <translation>Geben Sie einen Port an, den %1 anbietet (oder den Zielport eines Listeners), oder verwenden Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>It gets only: %1.</source>
        <translation>Es erhält nur: %1.</translation>
    </message>
    <message>
        <source> (behind listener %1)</source>
        <translation> (hinter Listener %1)</translation>
    </message>
    <message>
        <source>%1%2 listens on %3 only, so %4 gets nothing from it.</source>
        <translation>%1%2 lauscht nur auf %3, daher erhält %4 davon nichts.</translation>
    </message>
    <message>
        <source>The product binds it to loopback: reach it on the node itself (over SSH), or use another port.</source>
        <translation>Das Produkt bindet ihn an Loopback: Erreichen Sie ihn auf dem Knoten selbst (per SSH), oder verwenden Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>%1%2 listens on %3 only (%4 is &apos;%5&apos;), so %6 gets nothing from it.</source>
        <translation>%1%2 lauscht nur auf %3 (%4 ist &apos;%5&apos;), daher erhält %6 davon nichts.</translation>
    </message>
    <message>
        <source>%1 is %2; set it to %3 (with authentication) or put a load balancer in front.</source>
        <translation>%1 ist %2; setzen Sie es auf %3 (mit Authentifizierung) oder schalten Sie einen Load Balancer vor.</translation>
    </message>
    <message>
        <source>%1 is %2; set it to %3 or put a load balancer in front.</source>
        <translation>%1 ist %2; setzen Sie es auf %3 oder schalten Sie einen Load Balancer vor.</translation>
    </message>
    <message>
        <source>%1%2 is off: %3 replaces it, so %4 gets nothing from it.</source>
        <translation>%1%2 ist aus: %3 ersetzt ihn, daher erhält %4 davon nichts.</translation>
    </message>
    <message>
        <source>Turn %1 off (%2) on %3, or use the port that replaces it.</source>
        <translation>Schalten Sie %1 auf %3 aus (%2), oder verwenden Sie den Port, der ihn ersetzt.</translation>
    </message>
    <message>
        <source>Turn %1 off on %2, or use the port that replaces it.</source>
        <translation>Schalten Sie %1 auf %2 aus, oder verwenden Sie den Port, der ihn ersetzt.</translation>
    </message>
    <message>
        <source>%1%2 is off: %3 is not enabled, so %4 gets nothing from it.</source>
        <translation>%1%2 ist aus: %3 ist nicht aktiviert, daher erhält %4 davon nichts.</translation>
    </message>
    <message>
        <source>Enable %1 on %2: set %3.</source>
        <translation>Aktivieren Sie %1 auf %2: setzen Sie %3.</translation>
    </message>
    <message>
        <source>Enable %1 on %2.</source>
        <translation>Aktivieren Sie %1 auf %2.</translation>
    </message>
    <message>
        <source>%1%2 is off (%3 is &apos;%4&apos;), so %5 gets nothing from it.</source>
        <translation>%1%2 ist aus (%3 ist &apos;%4&apos;), daher erhält %5 davon nichts.</translation>
    </message>
    <message>
        <source>Set %1 on %2 to the address and port it should listen on (e.g. 0.0.0.0:PORT).</source>
        <translation>Setzen Sie %1 auf %2 auf die Adresse und den Port, auf dem er lauschen soll (z. B. 0.0.0.0:PORT).</translation>
    </message>
    <message>
        <source>%1%2 is an admin port; %3 is a %4 client outside the trusted networks, so it gets nothing from it.</source>
        <translation>%1%2 ist ein Admin-Port; %3 ist ein %4-Client außerhalb der vertrauenswürdigen Netze, daher erhält er davon nichts.</translation>
    </message>
    <message>
        <source>Make %1 an admins client, or place it in a trusted zone.</source>
        <translation>Machen Sie %1 zu einem Admin-Client, oder platzieren Sie ihn in einer vertrauenswürdigen Zone.</translation>
    </message>
    <message>
        <source>%1%2 is a %3 port; no client reaches it, so %4 gets nothing from it.</source>
        <translation>%1%2 ist ein %3-Port; kein Client erreicht ihn, daher erhält %4 davon nichts.</translation>
    </message>
    <message>
        <source>Remove this use of %1, or name a port meant for clients.</source>
        <translation>Entfernen Sie diese Nutzung von %1, oder geben Sie einen Port für Clients an.</translation>
    </message>
</context>
<context>
    <name>CloudScope</name>
    <message>
        <source>The plan has no %1 security group or firewall: nothing was generated.</source>
        <translation>Der Plan hat keine %1-Security-Group oder -Firewall: es wurde nichts erzeugt.</translation>
    </message>
</context>
<context>
    <name>ConnectEdit</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>&apos;%1&apos; cannot be connected to &apos;%2&apos;</source>
        <translation>&apos;%1&apos; kann nicht mit &apos;%2&apos; verbunden werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are already linked</source>
        <translation>&apos;%1&apos; und &apos;%2&apos; sind bereits verbunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already uses &apos;%2&apos;</source>
        <translation>&apos;%1&apos; verwendet bereits &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; runs no component with a client port to forward to</source>
        <translation>&apos;%1&apos; betreibt keine Komponente mit einem Client-Port, an den weitergeleitet werden kann</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already forwards to &apos;%2&apos;</source>
        <translation>&apos;%1&apos; leitet bereits an &apos;%2&apos; weiter</translation>
    </message>
    <message>
        <source>%1 does not link to %2.</source>
        <translation>%1 ist nicht mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>%1 has no such listener to %2.</source>
        <translation>%1 hat keinen solchen Listener zu %2.</translation>
    </message>
    <message>
        <source>%1 does not use %2.</source>
        <translation>%1 verwendet %2 nicht.</translation>
    </message>
    <message>
        <source>%1 has no connections to remove.</source>
        <translation>%1 hat keine Verbindungen, die entfernt werden könnten.</translation>
    </message>
</context>
<context>
    <name>DerivationChecks</name>
    <message>
        <source>%1 drops idle connections after %2 s, but %3 %4 needs idle TCP sessions kept for %5 s.</source>
        <translation>%1 trennt Verbindungen nach %2 s Leerlauf, aber %3 %4 braucht TCP-Sitzungen, die %5 s im Leerlauf gehalten werden.</translation>
    </message>
    <message>
        <source>Raise the idle timeout of %1 to at least %2 s.</source>
        <translation>Erhöhen Sie das Leerlauf-Timeout von %1 auf mindestens %2 s.</translation>
    </message>
    <message>
        <source>%1 needs %2 %3 rules; a %4 allows %5.</source>
        <translation>%1 braucht %2 Regeln (%3); Grenze für %4: %5.</translation>
    </message>
    <message>
        <source>Group sources into fewer, wider CIDRs or prefix lists, split the nodes over several groups, or move rules to the host firewall.</source>
        <translation>Fassen Sie Quellen zu weniger, breiteren CIDRs oder Präfixlisten zusammen, verteilen Sie die Knoten auf mehrere Gruppen, oder verlagern Sie Regeln in die Host-Firewall.</translation>
    </message>
    <message>
        <source>inbound and outbound</source>
        <translation>eingehend und ausgehend</translation>
    </message>
</context>
<context>
    <name>DisconnectEdit</name>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
</context>
<context>
    <name>DoResources</name>
    <message>
        <source>A rule of %1 has no addresses or group to allow.</source>
        <translation>Eine Regel von %1 hat keine Adressen oder Gruppe, die erlaubt werden könnten.</translation>
    </message>
    <message>
        <source>A rule of %1 refers to %2, which is neither a DigitalOcean firewall of this export nor a group with addresses.</source>
        <translation>Eine Regel von %1 verweist auf %2; das ist weder eine DigitalOcean-Firewall dieses Exports noch eine Gruppe mit Adressen.</translation>
    </message>
    <message>
        <source>%1 needs %2 rules; a DigitalOcean firewall takes %3, so it was split into %4 firewalls on the same tag.</source>
        <translation>%1 braucht %2 Regeln; eine DigitalOcean-Firewall nimmt %3, daher wurde sie in %4 Firewalls auf demselben Tag aufgeteilt.</translation>
    </message>
</context>
<context>
    <name>DoTerraformExporter</name>
    <message>
        <source>DigitalOcean cloud firewalls and droplet tags for Terraform</source>
        <translation>DigitalOcean-Cloud-Firewalls und Droplet-Tags für Terraform</translation>
    </message>
    <message>
        <source>DigitalOcean cloud firewalls (Terraform)</source>
        <translation>DigitalOcean-Cloud-Firewalls (Terraform)</translation>
    </message>
</context>
<context>
    <name>DoctlExporter</name>
    <message>
        <source>DigitalOcean cloud firewalls as doctl commands (bash)</source>
        <translation>DigitalOcean-Cloud-Firewalls als doctl-Befehle (bash)</translation>
    </message>
    <message>
        <source>DigitalOcean cloud firewalls (doctl script)</source>
        <translation>DigitalOcean-Cloud-Firewalls (doctl-Skript)</translation>
    </message>
</context>
<context>
    <name>DrawingRenderer</name>
    <message>
        <source>Deployment drawing made by Portolan</source>
        <translation>Bereitstellungszeichnung, erstellt von Portolan</translation>
    </message>
    <message>
        <source>Could not encode the PNG image</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>ElementClipboard</name>
    <message>
        <source>The clipboard holds no Portolan elements.</source>
        <translation>Die Zwischenablage enthält keine Portolan-Elemente.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>The clipboard text is not Portolan elements (a project file in YAML):
%1</source>
        <translation>Der Text in der Zwischenablage enthält keine Portolan-Elemente (eine Projektdatei in YAML):
%1</translation>
    </message>
    <message>
        <source>The clipboard holds a project without elements.</source>
        <translation>Die Zwischenablage enthält ein Projekt ohne Elemente.</translation>
    </message>
</context>
<context>
    <name>ElementLists</name>
    <message>
        <source>&apos;%1&apos; uses %2 through &apos;%3&apos;; change that use first</source>
        <translation>&apos;%1&apos; nutzt %2 über &apos;%3&apos;; ändern Sie zuerst diese Nutzung</translation>
    </message>
    <message>
        <source>another listener already takes %1 %2</source>
        <translation>ein anderer Listener belegt bereits %1 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; runs no component with a port to forward to</source>
        <translation>&apos;%1&apos; führt keine Komponente mit einem Port aus, an den weitergeleitet werden kann</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port to forward to</source>
        <translation>&apos;%1&apos; hat keinen Port, an den weitergeleitet werden kann</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>ein Port ist eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>choose tcp or udp</source>
        <translation>wählen Sie tcp oder udp</translation>
    </message>
    <message>
        <source>choose passthrough or terminate</source>
        <translation>wählen Sie passthrough oder terminate</translation>
    </message>
    <message>
        <source>choose one of the nodes</source>
        <translation>wählen Sie einen der Knoten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not run &apos;%2&apos;</source>
        <translation>&apos;%1&apos; führt &apos;%2&apos; nicht aus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port &apos;%2&apos; to forward to</source>
        <translation>&apos;%1&apos; hat keinen Port &apos;%2&apos;, an den weitergeleitet werden kann</translation>
    </message>
    <message>
        <source>a listener has no column &apos;%1&apos;</source>
        <translation>ein Listener hat keine Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>a port or range looks like 8443 or 50000-60000, within 1-65535</source>
        <translation>ein Port oder Bereich sieht aus wie 8443 oder 50000-60000, innerhalb von 1-65535</translation>
    </message>
    <message>
        <source>the %1 ports from %2 cannot take %3 ports</source>
        <translation>die %1 Ports von %2 können keine %3 Ports aufnehmen</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>innen</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>außen</translation>
    </message>
    <message>
        <source>a mapping has no column &apos;%1&apos;</source>
        <translation>eine Zuordnung hat keine Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>choose a node or a load balancer</source>
        <translation>wählen Sie einen Knoten oder einen Load Balancer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; offers no port &apos;%2&apos;</source>
        <translation>&apos;%1&apos; bietet keinen Port &apos;%2&apos; an</translation>
    </message>
    <message>
        <source>a use has no column &apos;%1&apos;</source>
        <translation>eine Nutzung hat keine Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Add listener</source>
        <translation>Listener hinzufügen</translation>
    </message>
    <message>
        <source>Static mappings</source>
        <translation>Statische Zuordnungen</translation>
    </message>
    <message>
        <source>Outside address</source>
        <translation>Externe Adresse</translation>
    </message>
    <message>
        <source>Outside ports</source>
        <translation>Externe Ports</translation>
    </message>
    <message>
        <source>Inside address</source>
        <translation>Interne Adresse</translation>
    </message>
    <message>
        <source>Inside ports</source>
        <translation>Interne Ports</translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation>Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Inside zones</source>
        <translation>Innere Zonen</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Zone hinzufügen</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Nutzungen</translation>
    </message>
    <message>
        <source>Add use</source>
        <translation>Nutzung hinzufügen</translation>
    </message>
    <message>
        <source>(every port for the role)</source>
        <translation>(jeder Port der Rolle)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no row %2 in %3</source>
        <translation>&apos;%1&apos; hat keine Zeile %2 in %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat keine Eigenschaft &apos;%2&apos;</translation>
    </message>
    <message>
        <source>choose one of the zones</source>
        <translation>wählen Sie eine der Zonen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is inside this firewall already</source>
        <translation>&apos;%1&apos; liegt bereits innerhalb dieser Firewall</translation>
    </message>
    <message>
        <source>no node runs a component with a client port to forward to: add one first</source>
        <translation>kein Knoten führt eine Komponente mit einem Client-Port aus, an den weitergeleitet werden kann: fügen Sie zuerst eine hinzu</translation>
    </message>
    <message>
        <source>give the NAT layer an outside address first</source>
        <translation>geben Sie der NAT-Schicht zuerst eine externe Adresse</translation>
    </message>
    <message>
        <source>give a node inside &apos;%1&apos; an address first</source>
        <translation>geben Sie zuerst einem Knoten in &apos;%1&apos; eine Adresse</translation>
    </message>
    <message>
        <source>every zone but the outside one is inside this firewall already</source>
        <translation>jede Zone außer der äußeren liegt bereits innerhalb dieser Firewall</translation>
    </message>
    <message>
        <source>there is no node or load balancer to use: add one first</source>
        <translation>es gibt keinen Knoten oder Load Balancer zum Nutzen: fügen Sie zuerst einen hinzu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no list &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat keine Liste &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a firewall protects at least one zone; remove the firewall instead</source>
        <translation>eine Firewall schützt mindestens eine Zone; entfernen Sie stattdessen die Firewall</translation>
    </message>
</context>
<context>
    <name>ElementPainter</name>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n Listener</numerusform>
            <numerusform>%n Listener</numerusform>
        </translation>
    </message>
    <message>
        <source>NAT %1 → %2</source>
        <translation>NAT %1 → %2</translation>
    </message>
    <message>
        <source>firewall of %1</source>
        <translation>Firewall von %1</translation>
    </message>
</context>
<context>
    <name>ElementProperties</name>
    <message>
        <source>&apos;%1&apos; is not a network in CIDR notation (e.g. 10.0.0.0/16)</source>
        <translation>&apos;%1&apos; ist kein Netz in CIDR-Notation (z. B. 10.0.0.0/16)</translation>
    </message>
    <message>
        <source>enter a whole number from %1 to %2</source>
        <translation>geben Sie eine ganze Zahl von %1 bis %2 ein</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>ein Port ist eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>a port range looks like 10000-20000, low to high, within 1-65535</source>
        <translation>ein Portbereich hat die Form 10000-20000, von niedrig nach hoch, innerhalb von 1-65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>enter true or false</source>
        <translation>geben Sie true oder false ein</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Innerhalb von</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>CIDRs</source>
        <translation>CIDRs</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Idle timeout (s)</source>
        <translation>Leerlauf-Timeout (s)</translation>
    </message>
    <message>
        <source>Inside zone</source>
        <translation>Innere Zone</translation>
    </message>
    <message>
        <source>Outside zone</source>
        <translation>Äußere Zone</translation>
    </message>
    <message>
        <source>Outside addresses</source>
        <translation>Äußere Adressen</translation>
    </message>
    <message>
        <source>Source NAT</source>
        <translation>Source NAT</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>choose one of the zones</source>
        <translation>wählen Sie eine der Zonen</translation>
    </message>
    <message>
        <source>a node stands for at least one host</source>
        <translation>ein Knoten steht für mindestens einen Host</translation>
    </message>
    <message numerus="yes">
        <source>the node lists %n address(es); remove some first</source>
        <translation>
            <numerusform>der Knoten führt %n Adresse auf; entfernen Sie zuerst welche</numerusform>
            <numerusform>der Knoten führt %n Adressen auf; entfernen Sie zuerst einige</numerusform>
        </translation>
    </message>
    <message>
        <source>no catalog has the component &apos;%1&apos;</source>
        <translation>kein Katalog enthält die Komponente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses port &apos;%2&apos; of this node; change that first</source>
        <translation>&apos;%1&apos; verwendet Port &apos;%2&apos; dieses Knotens; ändern Sie das zuerst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; forwards to %2 on this node; change that first</source>
        <translation>&apos;%1&apos; leitet an %2 auf diesem Knoten weiter; ändern Sie das zuerst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat keine Eigenschaft &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value here</source>
        <translation>&apos;%1&apos; ist hier kein gültiger Wert</translation>
    </message>
    <message>
        <source>Set in %1.</source>
        <translation>Gesetzt in %1.</translation>
    </message>
    <message>
        <source>Catalog default: unset.</source>
        <translation>Katalog-Standard: nicht gesetzt.</translation>
    </message>
    <message>
        <source>Catalog default: %1.</source>
        <translation>Katalog-Standard: %1.</translation>
    </message>
    <message>
        <source>Port %1 (%2):</source>
        <translation>Port %1 (%2):</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
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
        <translation>das Projekt hat keine Eigenschaft &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a link needs two different zones</source>
        <translation>eine Verbindung braucht zwei verschiedene Zonen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are already linked</source>
        <translation>&apos;%1&apos; und &apos;%2&apos; sind bereits verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) for %1 host(s): list at most one IPv4 and one IPv6 address per host, or raise the host count first</source>
        <translation>
            <numerusform>%n Adresse für %1 Host(s): Führen Sie höchstens eine IPv4- und eine IPv6-Adresse pro Host auf, oder erhöhen Sie zuerst die Anzahl der Hosts</numerusform>
            <numerusform>%n Adressen für %1 Host(s): Führen Sie höchstens eine IPv4- und eine IPv6-Adresse pro Host auf, oder erhöhen Sie zuerst die Anzahl der Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Host firewall</source>
        <translation>Host-Firewall</translation>
    </message>
</context>
<context>
    <name>ExposureChecks</name>
    <message>
        <source>%1 of %2 is reachable from %3, which is not a trusted zone; %4 allows this only with authentication enabled.</source>
        <translation>%1 von %2 ist von %3 aus erreichbar, das keine vertrauenswürdige Zone ist; %4 erlaubt das nur mit aktivierter Authentifizierung.</translation>
    </message>
    <message>
        <source>%1 of %2 is reachable from %3, which is not a trusted zone.</source>
        <translation>%1 von %2 ist von %3 aus erreichbar, das keine vertrauenswürdige Zone ist.</translation>
    </message>
    <message>
        <source>Enable authentication on the %1, or reach it only from a trusted admin zone.</source>
        <translation>Aktivieren Sie die Authentifizierung für %1, oder erreichen Sie es nur aus einer vertrauenswürdigen Admin-Zone.</translation>
    </message>
    <message>
        <source>Reach the %1 only from a zone of kind &apos;trusted&apos; (an admin network).</source>
        <translation>Erreichen Sie %1 nur aus einer Zone der Art &apos;trusted&apos; (einem Admin-Netz).</translation>
    </message>
    <message>
        <source>%1 of %2 is local to the node, but a flow from %3 reaches it.</source>
        <translation>%1 von %2 ist lokal auf dem Knoten, aber ein Fluss von %3 erreicht es.</translation>
    </message>
    <message>
        <source>Remove whatever makes %1 reach it; the port must only be used over loopback.</source>
        <translation>Entfernen Sie, was %1 den Zugriff darauf ermöglicht; der Port darf nur über Loopback verwendet werden.</translation>
    </message>
    <message>
        <source>%1 of %2 is bound to %3; it must only listen on loopback.</source>
        <translation>%1 von %2 ist an %3 gebunden; es darf nur auf Loopback lauschen.</translation>
    </message>
    <message>
        <source>Bind it to 127.0.0.1.</source>
        <translation>Binden Sie es an 127.0.0.1.</translation>
    </message>
    <message>
        <source>Set %1 = %2.</source>
        <translation>Setzen Sie %1 = %2.</translation>
    </message>
    <message>
        <source>%1 of %2 is opened to all of %3 for cluster member %4, so hosts outside the cluster reach it too.</source>
        <translation>%1 von %2 ist für das Cluster-Mitglied %4 für ganz %3 geöffnet, sodass auch Hosts außerhalb des Clusters es erreichen.</translation>
    </message>
    <message>
        <source>Give %1 its addresses so the rule names only the cluster&apos;s hosts.</source>
        <translation>Geben Sie %1 seine Adressen, damit die Regel nur die Hosts des Clusters nennt.</translation>
    </message>
    <message>
        <source>%1 of %2 is for the other members of its cluster only, but %3 reaches it.</source>
        <translation>%1 von %2 ist nur für die anderen Mitglieder seines Clusters bestimmt, aber %3 erreicht es.</translation>
    </message>
    <message>
        <source>Allow %1 only between the nodes that run %2%3.</source>
        <translation>Erlauben Sie %1 nur zwischen den Knoten, die %2%3 betreiben.</translation>
    </message>
    <message>
        <source> in cluster %1</source>
        <translation> im Cluster %1</translation>
    </message>
</context>
<context>
    <name>FilterProgram</name>
    <message>
        <source>not understood, evaluated conservatively: %1</source>
        <translation>nicht verstanden, konservativ ausgewertet: %1</translation>
    </message>
</context>
<context>
    <name>FirewalldCatalog</name>
    <message>
        <source>the service file name &apos;%1&apos; cannot be a component id</source>
        <translation>der Dateiname des Dienstes &apos;%1&apos; kann keine Komponenten-ID sein</translation>
    </message>
    <message>
        <source>ids are lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>IDs bestehen aus Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>firewalld service %1</source>
        <translation>firewalld-Dienst %1</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;service&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;service&gt;</translation>
    </message>
    <message>
        <source>a firewalld service file holds one &lt;service&gt; element</source>
        <translation>eine firewalld-Dienstdatei enthält ein einziges &lt;service&gt;-Element</translation>
    </message>
    <message>
        <source>firewalld also opens %1 that Portolan cannot express: %2</source>
        <translation>firewalld öffnet außerdem %1, was Portolan nicht ausdrücken kann: %2</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>einen Port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port or a port range</source>
        <translation>&apos;%1&apos; ist weder ein Port noch ein Portbereich</translation>
    </message>
    <message>
        <source>write a port (22) or a range (5000-5100) from 1 to 65535</source>
        <translation>schreiben Sie einen Port (22) oder einen Bereich (5000-5100) von 1 bis 65535</translation>
    </message>
    <message>
        <source>firewalld also allows the IP protocol %1, which Portolan cannot express</source>
        <translation>firewalld erlaubt außerdem das IP-Protokoll %1, das Portolan nicht ausdrücken kann</translation>
    </message>
    <message>
        <source>firewalld also allows traffic from source port %1/%2 (replies to the node&apos;s own requests)</source>
        <translation>firewalld erlaubt außerdem Verkehr vom Quellport %1/%2 (Antworten auf eigene Anfragen des Knotens)</translation>
    </message>
    <message>
        <source>firewalld limits this service to the destination %1</source>
        <translation>firewalld beschränkt diesen Dienst auf das Ziel %1</translation>
    </message>
    <message>
        <source>firewalld loads the connection tracking helper %1 for this service</source>
        <translation>firewalld lädt für diesen Dienst den Connection-Tracking-Helper %1</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; is not read by Portolan</source>
        <translation>das Element &lt;%1&gt; wird von Portolan nicht gelesen</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>compare the file with the firewalld.service(5) format</source>
        <translation>vergleichen Sie die Datei mit dem Format firewalld.service(5)</translation>
    </message>
    <message>
        <source>no &lt;service&gt; element</source>
        <translation>kein &lt;service&gt;-Element</translation>
    </message>
    <message>
        <source>as installed</source>
        <translation>wie installiert</translation>
    </message>
    <message>
        <source>firewalld service definitions</source>
        <translation>firewalld-Dienstdefinitionen</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file is %1 bytes, larger than the %2-byte limit</source>
        <translation>die Datei ist %1 Bytes groß, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>a firewalld service file is a few lines</source>
        <translation>eine firewalld-Dienstdatei umfasst nur wenige Zeilen</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; differs only in case from another service file</source>
        <translation>Dienst &apos;%1&apos; unterscheidet sich von einer anderen Dienstdatei nur in der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Portolan ids are lower case; rename one of them</source>
        <translation>Portolan-IDs sind kleingeschrieben; benennen Sie eine der beiden um</translation>
    </message>
    <message>
        <source>includes the service %1, which is not installed</source>
        <translation>bindet den Dienst %1 ein, der nicht installiert ist</translation>
    </message>
    <message>
        <source>from the included service firewalld/%1</source>
        <translation>aus dem eingebundenen Dienst firewalld/%1</translation>
    </message>
    <message>
        <source>%1 service files read from %2; every TCP and UDP port is open to clients, as firewalld has no audiences or settings.</source>
        <translation>%1 Dienstdateien aus %2 gelesen; jeder TCP- und UDP-Port ist für Clients offen, da firewalld keine Zielgruppen oder Einstellungen kennt.</translation>
    </message>
    <message>
        <source>Left out, with no TCP or UDP port Portolan can express: %1.</source>
        <translation>Ausgelassen, da ohne TCP- oder UDP-Port, den Portolan ausdrücken kann: %1.</translation>
    </message>
</context>
<context>
    <name>FirewalldExporter</name>
    <message>
        <source>firewalld (zone and policy XML)</source>
        <translation>firewalld (Zonen- und Policy-XML)</translation>
    </message>
    <message>
        <source>Copy the node&apos;s folder to the node and run `bash install.sh` as root: it saves /etc/firewalld to /root/firewalld-before-DATE, installs zones/portolan.xml (and policies/portolan-egress.xml when the plan lists egress), reloads firewalld and makes `portolan` the default zone. Interfaces bound to another zone keep it: move them with `firewall-cmd --permanent --zone=portolan --change-interface=IFACE`. Check offline first with `firewall-offline-cmd --check-config`. Roll back: copy the saved folder back to /etc/firewalld and run `firewall-cmd --reload`. Egress: left open; the policy (HOST to ANY, target CONTINUE) lists the node&apos;s planned outbound services.</source>
        <translation>Kopieren Sie den Ordner des Knotens auf den Knoten und führen Sie `bash install.sh` als root aus: das Skript sichert /etc/firewalld nach /root/firewalld-before-DATE, installiert zones/portolan.xml (und policies/portolan-egress.xml, wenn der Plan Egress aufführt), lädt firewalld neu und macht `portolan` zur Standardzone. Schnittstellen, die an eine andere Zone gebunden sind, behalten diese: verschieben Sie sie mit `firewall-cmd --permanent --zone=portolan --change-interface=IFACE`. Prüfen Sie zuerst offline mit `firewall-offline-cmd --check-config`. Rollback: kopieren Sie den gesicherten Ordner zurück nach /etc/firewalld und führen Sie `firewall-cmd --reload` aus. Egress: bleibt offen; die Policy (HOST nach ANY, Ziel CONTINUE) führt die geplanten ausgehenden Dienste des Knotens auf.</translation>
    </message>
    <message>
        <source>firewalld zone `portolan` for node %1</source>
        <translation>firewalld-Zone `portolan` für Knoten %1</translation>
    </message>
    <message>
        <source>firewalld egress policy for node %1</source>
        <translation>firewalld-Egress-Policy für Knoten %1</translation>
    </message>
    <message>
        <source>installs the firewalld files of node %1 (backs up /etc/firewalld first)</source>
        <translation>installiert die firewalld-Dateien von Knoten %1 (sichert zuerst /etc/firewalld)</translation>
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
        <translation>alle</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n node(s))</source>
        <translation>
            <numerusform>%1 (%n Knoten)</numerusform>
            <numerusform>%1 (%n Knoten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Cluster peers</source>
        <translation>Cluster-Peers</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>%1 → %2: %3 %4</source>
        <translation>%1 → %2: %3 %4</translation>
    </message>
    <message>
        <source>Component: %1 (%2)</source>
        <translation>Komponente: %1 (%2)</translation>
    </message>
    <message>
        <source>Catalog port: %1%2</source>
        <translation>Katalog-Port: %1%2</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Zielgruppe: %1</translation>
    </message>
    <message>
        <source>Source document: %1</source>
        <translation>Quelldokument: %1</translation>
    </message>
    <message>
        <source>source NAT: leaves as %1</source>
        <translation>Source-NAT: verlässt als %1</translation>
    </message>
    <message>
        <source>outside address</source>
        <translation>externe Adresse</translation>
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
        <translation>TLS terminiert</translation>
    </message>
    <message>
        <source>pass-through</source>
        <translation>durchgereicht</translation>
    </message>
    <message>
        <source>firewall: crossed</source>
        <translation>Firewall: durchquert</translation>
    </message>
    <message>
        <source>link: crossed</source>
        <translation>Verbindung: durchquert</translation>
    </message>
</context>
<context>
    <name>FlowDrawing</name>
    <message>
        <source>Flows:</source>
        <translation>Flüsse:</translation>
    </message>
</context>
<context>
    <name>FlowExplanationText</name>
    <message>
        <source>rule %1 of %2 (%3 %4 %5 %6 %7)</source>
        <translation>Regel %1 von %2 (%3 %4 %5 %6 %7)</translation>
    </message>
    <message>
        <source>sends</source>
        <translation>sendet</translation>
    </message>
    <message>
        <source>load balancer terminates TLS, forwards %1 -&gt; %2</source>
        <translation>Load Balancer terminiert TLS, leitet %1 -&gt; %2 weiter</translation>
    </message>
    <message>
        <source>load balancer passes TLS through, forwards %1 -&gt; %2</source>
        <translation>Load Balancer reicht TLS durch, leitet %1 -&gt; %2 weiter</translation>
    </message>
    <message>
        <source>NAT translates the source %1 -&gt; %2</source>
        <translation>NAT übersetzt die Quelle %1 -&gt; %2</translation>
    </message>
    <message>
        <source>NAT translates %1 -&gt; %2</source>
        <translation>NAT übersetzt %1 -&gt; %2</translation>
    </message>
    <message>
        <source>firewall: no rule admits it</source>
        <translation>Firewall: keine Regel lässt ihn zu</translation>
    </message>
    <message>
        <source>firewall admits it by %1</source>
        <translation>Firewall lässt ihn zu durch %1</translation>
    </message>
    <message>
        <source>crosses the link</source>
        <translation>überquert die Verbindung</translation>
    </message>
    <message>
        <source>leaves %1 -&gt; %2</source>
        <translation>verlässt %1 -&gt; %2</translation>
    </message>
    <message>
        <source>stops here: %1</source>
        <translation>endet hier: %1</translation>
    </message>
    <message>
        <source>receives it (no rule of its own admits it)</source>
        <translation>empfängt ihn (keine eigene Regel lässt ihn zu)</translation>
    </message>
    <message>
        <source>receives it, admitted by %1</source>
        <translation>empfängt ihn, zugelassen durch %1</translation>
    </message>
</context>
<context>
    <name>FlowPaths</name>
    <message>
        <source>nothing on the path says how it is routed</source>
        <translation>nichts auf dem Pfad gibt an, wie er geroutet wird</translation>
    </message>
    <message>
        <source>%1 is a private address; the internet reaches public addresses only, and no NAT mapping or load balancer is in front of %2</source>
        <translation>%1 ist eine private Adresse; das Internet erreicht nur öffentliche Adressen, und vor %2 steht keine NAT-Zuordnung und kein Load Balancer</translation>
    </message>
    <message>
        <source>NAT %1&apos;s outside address is private; the internet reaches public addresses only</source>
        <translation>die externe Adresse von NAT %1 ist privat; das Internet erreicht nur öffentliche Adressen</translation>
    </message>
    <message>
        <source>NAT %1 stands in front of %2 and has no mapping to %3 %4</source>
        <translation>NAT %1 steht vor %2 und hat keine Zuordnung zu %3 %4</translation>
    </message>
    <message>
        <source>%1 has only private addresses and no source NAT stands between it and the internet</source>
        <translation>%1 hat nur private Adressen, und zwischen ihm und dem Internet steht kein Source-NAT</translation>
    </message>
    <message>
        <source>%1 has only private addresses and NAT %2 does not translate its source (no source_nat, or a private outside address)</source>
        <translation>%1 hat nur private Adressen, und NAT %2 übersetzt seine Quelle nicht (kein source_nat oder eine private externe Adresse)</translation>
    </message>
    <message>
        <source>%1 is private and no link (VPN, peering) joins the site of %2 to the site of %3</source>
        <translation>%1 ist privat, und keine Verbindung (VPN, Peering) verbindet den Standort von %2 mit dem Standort von %3</translation>
    </message>
    <message>
        <source>the outside address of NAT %1</source>
        <translation>die externe Adresse von NAT %1</translation>
    </message>
    <message>
        <source>%1 has no address and its zone no CIDRs, so the path cannot be judged</source>
        <translation>%1 hat keine Adresse und seine Zone keine CIDRs, daher kann der Pfad nicht beurteilt werden</translation>
    </message>
    <message>
        <source>over %1: %2 (over %3 the path status is %4)</source>
        <translation>über %1: %2 (über %3 ist der Pfadstatus: %4)</translation>
    </message>
</context>
<context>
    <name>GatewayIptablesExporter</name>
    <message>
        <source>Gateway iptables-restore (IPv4 forward and NAT)</source>
        <translation>Gateway iptables-restore (IPv4-Forwarding und NAT)</translation>
    </message>
    <message>
        <source>Gateway ip6tables-restore (IPv6 forward and NAT)</source>
        <translation>Gateway ip6tables-restore (IPv6-Forwarding und NAT)</translation>
    </message>
    <message>
        <source>On each router, as root: save the current rules (`%1-save &gt; /root/rules-before.%2`), check the file (`%1-restore --test &lt; FILE`), then apply it (`%1-restore &lt; FILE`). A firewall file replaces the `filter` table (INPUT and OUTPUT stay ACCEPT, FORWARD drops what the plan does not list); a NAT file replaces the `nat` table; a router that is both applies both. iptables cannot set a session timeout per rule: where the plan states one, the file&apos;s header names the sysctl (`net.netfilter.nf_conntrack_tcp_timeout_established`) to set by hand. Roll back with `%1-restore &lt; /root/rules-before.%2`.</source>
        <translation>Auf jedem Router, als root: Sichern Sie die aktuellen Regeln (`%1-save &gt; /root/rules-before.%2`), prüfen Sie die Datei (`%1-restore --test &lt; FILE`) und wenden Sie sie dann an (`%1-restore &lt; FILE`). Eine Firewall-Datei ersetzt die Tabelle `filter` (INPUT und OUTPUT bleiben ACCEPT, FORWARD verwirft, was der Plan nicht aufführt); eine NAT-Datei ersetzt die Tabelle `nat`; ein Router, der beides ist, wendet beide an. iptables kann kein Sitzungs-Timeout pro Regel setzen: Wo der Plan eines angibt, nennt der Kopf der Datei das sysctl (`net.netfilter.nf_conntrack_tcp_timeout_established`), das von Hand zu setzen ist. Zurückrollen mit `%1-restore &lt; /root/rules-before.%2`.</translation>
    </message>
    <message>
        <source>A rule&apos;s ports need %1 multiport matches (at most %2 slots each, a range takes two); it was split into %1 rules per address pair.</source>
        <translation>Die Ports einer Regel brauchen %1 multiport-Matches (je höchstens %2 Plätze, ein Bereich belegt zwei); sie wurde in %1 Regeln pro Adresspaar aufgeteilt.</translation>
    </message>
    <message>
        <source>A rule comment was cut to %1 characters.</source>
        <translation>Ein Regelkommentar wurde auf %1 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>%1 forward rules (filter table) for the boundary firewall %2, for %3-restore</source>
        <translation>%1 Forward-Regeln (Tabelle filter) für die Perimeter-Firewall %2, für %3-restore</translation>
    </message>
    <message>
        <source>%1 NAT rules (nat table) for the NAT layer %2, for %3-restore</source>
        <translation>%1 NAT-Regeln (Tabelle nat) für die NAT-Schicht %2, für %3-restore</translation>
    </message>
</context>
<context>
    <name>GatewayNftablesExporter</name>
    <message>
        <source>Gateway nftables (forward and NAT)</source>
        <translation>Gateway nftables (Forwarding und NAT)</translation>
    </message>
    <message>
        <source>On each router, as root: save the current ruleset (`nft list ruleset &gt; /root/ruleset-before.nft`), check the file (`nft -c -f FILE`), then apply it (`nft -f FILE`). Each file replaces only its own table (`inet portolan-fw-&lt;id&gt;` or `inet portolan-nat-&lt;id&gt;`); a router that is both the firewall and the NAT loads both files, in either order. IP forwarding must be on (`sysctl -w net.ipv4.ip_forward=1`, `net.ipv6.conf.all.forwarding=1`). Roll back with `nft delete table inet portolan-fw-&lt;id&gt;` (or `nft flush ruleset &amp;&amp; nft -f /root/ruleset-before.nft`).</source>
        <translation>Auf jedem Router, als root: Sichern Sie das aktuelle Ruleset (`nft list ruleset &gt; /root/ruleset-before.nft`), prüfen Sie die Datei (`nft -c -f FILE`) und wenden Sie sie dann an (`nft -f FILE`). Jede Datei ersetzt nur ihre eigene Tabelle (`inet portolan-fw-&lt;id&gt;` oder `inet portolan-nat-&lt;id&gt;`); ein Router, der sowohl Firewall als auch NAT ist, lädt beide Dateien, in beliebiger Reihenfolge. IP-Forwarding muss eingeschaltet sein (`sysctl -w net.ipv4.ip_forward=1`, `net.ipv6.conf.all.forwarding=1`). Zurückrollen mit `nft delete table inet portolan-fw-&lt;id&gt;` (oder `nft flush ruleset &amp;&amp; nft -f /root/ruleset-before.nft`).</translation>
    </message>
    <message>
        <source>A rule comment was cut to %1 characters.</source>
        <translation>Ein Regelkommentar wurde auf %1 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>nftables forward rules (table inet %1) for the boundary firewall %2</source>
        <translation>nftables-Forward-Regeln (table inet %1) für die Perimeter-Firewall %2</translation>
    </message>
    <message>
        <source>nftables NAT rules (table inet %1) for the NAT layer %2</source>
        <translation>nftables-NAT-Regeln (table inet %1) für die NAT-Schicht %2</translation>
    </message>
</context>
<context>
    <name>GatewayPfExporter</name>
    <message>
        <source>Gateway pf (OpenBSD pf: pass, rdr-to, nat-to)</source>
        <translation>Gateway pf (OpenBSD pf: pass, rdr-to, nat-to)</translation>
    </message>
    <message>
        <source>On each router (OpenBSD; OPNsense and pfSense take the same rules through their rule editor): keep the current file (`cp /etc/pf.conf /root/pf.conf.before`), check the new one (`pfctl -nf FILE`), install it as /etc/pf.conf and load it (`pfctl -f /etc/pf.conf`), with `net.inet.ip.forwarding=1`. pf loads one ruleset per device: on a router that is both the firewall and the NAT, copy the NAT file beside it and uncomment the firewall file&apos;s `include` line, which comes before the filter rules so that they see the translated addresses. Roll back with `pfctl -f /root/pf.conf.before`. **Not validated** here: there is no pfctl on Linux; the tests check the files&apos; structure only.</source>
        <translation>Auf jedem Router (OpenBSD; OPNsense und pfSense übernehmen dieselben Regeln über ihren Regeleditor): Behalten Sie die aktuelle Datei (`cp /etc/pf.conf /root/pf.conf.before`), prüfen Sie die neue (`pfctl -nf FILE`), installieren Sie sie als /etc/pf.conf und laden Sie sie (`pfctl -f /etc/pf.conf`), mit `net.inet.ip.forwarding=1`. pf lädt ein Ruleset pro Gerät: Auf einem Router, der sowohl Firewall als auch NAT ist, kopieren Sie die NAT-Datei daneben und entfernen Sie das Kommentarzeichen der `include`-Zeile der Firewall-Datei, die vor den Filterregeln steht, damit diese die übersetzten Adressen sehen. Zurückrollen mit `pfctl -f /root/pf.conf.before`. **Nicht validiert**: Unter Linux gibt es kein pfctl; die Tests prüfen nur die Struktur der Dateien.</translation>
    </message>
    <message>
        <source>pf rules for the boundary firewall %1 (OpenBSD syntax; not validated: no pfctl on Linux)</source>
        <translation>pf-Regeln für die Perimeter-Firewall %1 (OpenBSD-Syntax; nicht validiert: kein pfctl unter Linux)</translation>
    </message>
    <message>
        <source>pf translations for the NAT layer %1 (OpenBSD syntax; not validated: no pfctl on Linux)</source>
        <translation>pf-Übersetzungen für die NAT-Schicht %1 (OpenBSD-Syntax; nicht validiert: kein pfctl unter Linux)</translation>
    </message>
</context>
<context>
    <name>GatewayTarget</name>
    <message>
        <source>The plan has no rule set for this firewall; its file drops every forwarded connection.</source>
        <translation>Der Plan hat keinen Regelsatz für diese Firewall; ihre Datei verwirft jede weitergeleitete Verbindung.</translation>
    </message>
    <message>
        <source>A %1 rule without valid ports was left out.</source>
        <translation>Eine %1-Regel ohne gültige Ports wurde ausgelassen.</translation>
    </message>
    <message>
        <source>A rule names the group &apos;%1&apos;, which a boundary firewall cannot use; the rule was left out.</source>
        <translation>Eine Regel nennt die Gruppe &apos;%1&apos;, die eine Perimeter-Firewall nicht verwenden kann; die Regel wurde ausgelassen.</translation>
    </message>
    <message>
        <source>A rule has no %1 addresses; it was left out.</source>
        <translation>Eine Regel hat keine %1-Adressen; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>A mapping without a protocol, addresses or valid ports was left out.</source>
        <translation>Eine Zuordnung ohne Protokoll, Adressen oder gültige Ports wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The mapping %1 to %2 changes the IP family, which these targets cannot do; it was left out.</source>
        <translation>Die Zuordnung %1 auf %2 wechselt die IP-Familie, was diese Ziele nicht können; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The mapping of ports %1 to %2 has ranges of different sizes; it was left out.</source>
        <translation>Die Zuordnung der Ports %1 auf %2 hat Bereiche unterschiedlicher Größe; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The mapping of ports %1 to %2 moves %3 ports one by one, more than %4; it was left out. Keep the port numbers (same range outside and inside) instead.</source>
        <translation>Die Zuordnung der Ports %1 auf %2 verschiebt %3 Ports einzeln, mehr als %4; sie wurde ausgelassen. Behalten Sie stattdessen die Portnummern bei (gleicher Bereich außen und innen).</translation>
    </message>
    <message>
        <source>The NAT layer has neither mappings nor source NAT; its file translates nothing.</source>
        <translation>Die NAT-Schicht hat weder Zuordnungen noch Source-NAT; ihre Datei übersetzt nichts.</translation>
    </message>
</context>
<context>
    <name>GcloudExporter</name>
    <message>
        <source>Google Cloud VPC firewall rules as gcloud commands (bash)</source>
        <translation>Google-Cloud-VPC-Firewallregeln als gcloud-Befehle (bash)</translation>
    </message>
    <message>
        <source>Google Cloud firewall rules (gcloud script)</source>
        <translation>Google-Cloud-Firewallregeln (gcloud-Skript)</translation>
    </message>
</context>
<context>
    <name>GcpResources</name>
    <message>
        <source>A rule of %1 refers to the unknown group %2.</source>
        <translation>Eine Regel von %1 verweist auf die unbekannte Gruppe %2.</translation>
    </message>
    <message>
        <source>A rule of %1 has no %2 addresses to allow: Google Cloud needs source or destination ranges for it.</source>
        <translation>Eine Regel von %1 hat keine zu erlaubenden %2-Adressen: Google Cloud braucht dafür Quell- oder Zielbereiche.</translation>
    </message>
</context>
<context>
    <name>GcpTerraformExporter</name>
    <message>
        <source>Google Cloud VPC firewall rules (google_compute_firewall) for Terraform</source>
        <translation>Google-Cloud-VPC-Firewallregeln (google_compute_firewall) für Terraform</translation>
    </message>
    <message>
        <source>Google Cloud firewall rules (Terraform)</source>
        <translation>Google-Cloud-Firewallregeln (Terraform)</translation>
    </message>
</context>
<context>
    <name>HaproxyExporter</name>
    <message>
        <source>HAProxy (load balancer listeners)</source>
        <translation>HAProxy (Load-Balancer-Listener)</translation>
    </message>
    <message>
        <source>On each load balancer host: put the certificate and key of every TLS-terminating listener, as one PEM file named in its `crt` line, in %1 (the file&apos;s `crt-base`). Keep the current configuration (`cp /etc/haproxy/haproxy.cfg /root/haproxy.cfg.before`), check the new one (`haproxy -c -f FILE`), install it as /etc/haproxy/haproxy.cfg and reload HAProxy. Roll back by copying the saved file back and reloading. HAProxy balances TCP and HTTP only: a UDP listener (TURN/UDP, ICE) is listed under the problems and left out; balance it with nginx `stream` (`listen PORT udp;`) or the cloud&apos;s network load balancer.</source>
        <translation>Auf jedem Load-Balancer-Host: Legen Sie Zertifikat und Schlüssel jedes TLS-terminierenden Listeners als eine PEM-Datei, die in seiner `crt`-Zeile genannt ist, in %1 ab (das `crt-base` der Datei). Behalten Sie die aktuelle Konfiguration (`cp /etc/haproxy/haproxy.cfg /root/haproxy.cfg.before`), prüfen Sie die neue (`haproxy -c -f FILE`), installieren Sie sie als /etc/haproxy/haproxy.cfg und laden Sie HAProxy neu. Zurückrollen, indem Sie die gesicherte Datei zurückkopieren und neu laden. HAProxy balanciert nur TCP und HTTP: Ein UDP-Listener (TURN/UDP, ICE) wird unter den Problemen aufgeführt und ausgelassen; balancieren Sie ihn mit nginx `stream` (`listen PORT udp;`) oder dem Network Load Balancer der Cloud.</translation>
    </message>
    <message>
        <source>UDP listener on port %1 is not supported by HAProxy (TCP and HTTP only) and was left out; use nginx stream (`listen %1 udp;`) or a network load balancer for it.</source>
        <translation>Der UDP-Listener auf Port %1 wird von HAProxy nicht unterstützt (nur TCP und HTTP) und wurde ausgelassen; verwenden Sie dafür nginx stream (`listen %1 udp;`) oder einen Network Load Balancer.</translation>
    </message>
    <message>
        <source>HAProxy configuration for the load balancer %1</source>
        <translation>HAProxy-Konfiguration für den Load Balancer %1</translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>Move one of them to a free port in its settings.</source>
        <translation>Verlegen Sie einen davon in seinen Einstellungen auf einen freien Port.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on port %3, below 1024: the %4 process needs root or the CAP_NET_BIND_SERVICE capability.</source>
        <translation>%1 lauscht für %2 auf Port %3 unter 1024: der %4-Prozess braucht root oder die Capability CAP_NET_BIND_SERVICE.</translation>
    </message>
    <message>
        <source>Grant CAP_NET_BIND_SERVICE to the service (e.g. systemd AmbientCapabilities), or listen on a port from 1024 up and let a load balancer or NAT forward the low port.</source>
        <translation>Gewähren Sie dem Dienst CAP_NET_BIND_SERVICE (z. B. systemd AmbientCapabilities), oder lauschen Sie auf einem Port ab 1024 und lassen Sie einen Load Balancer oder NAT den niedrigen Port weiterleiten.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on port %3 in transparent mode: the process needs root or CAP_NET_ADMIN, and the packet filter must redirect the original ports to it.</source>
        <translation>%1 lauscht für %2 auf Port %3 im transparenten Modus: der Prozess braucht root oder CAP_NET_ADMIN, und der Paketfilter muss die ursprünglichen Ports dorthin umleiten.</translation>
    </message>
    <message>
        <source>The node has no redirect to port %1.</source>
        <translation>Der Knoten hat keine Umleitung auf Port %1.</translation>
    </message>
    <message>
        <source>Grant CAP_NET_ADMIN to the service.</source>
        <translation>Gewähren Sie dem Dienst CAP_NET_ADMIN.</translation>
    </message>
    <message>
        <source>Grant CAP_NET_ADMIN to the service and add a redirect (match: the original ports, to: %1) to the node.</source>
        <translation>Gewähren Sie dem Dienst CAP_NET_ADMIN und fügen Sie dem Knoten eine Umleitung hinzu (match: die ursprünglichen Ports, to: %1).</translation>
    </message>
    <message>
        <source>%1 plans %2 participants per host at %3 ports each (%4 ports), but %5 is %6 (%7 ports).</source>
        <translation>%1 plant %2 Teilnehmer pro Host mit je %3 Ports (%4 Ports), aber %5 ist %6 (%7 Ports).</translation>
    </message>
    <message>
        <source>Widen the range to at least %1 ports (e.g. %2-%3), or spread the load over more hosts.</source>
        <translation>Erweitern Sie den Bereich auf mindestens %1 Ports (z. B. %2-%3), oder verteilen Sie die Last auf mehr Hosts.</translation>
    </message>
    <message>
        <source>%1 serves %2 on port %3 with no load balancer in front; clients behind strict firewalls reach only port %4.</source>
        <translation>%1 stellt %2 auf Port %3 ohne vorgeschalteten Load Balancer bereit; Clients hinter strikten Firewalls erreichen nur Port %4.</translation>
    </message>
    <message>
        <source>Put a load balancer in front of it, or serve it on port %1.</source>
        <translation>Schalten Sie einen Load Balancer davor, oder stellen Sie es auf Port %1 bereit.</translation>
    </message>
    <message>
        <source>Set %1 to %2, or put a load balancer in front of it.</source>
        <translation>Setzen Sie %1 auf %2, oder schalten Sie einen Load Balancer davor.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>Ports %1</translation>
    </message>
    <message>
        <source>%1 and %2 both claim %3 %4 on %5.</source>
        <translation>%1 und %2 beanspruchen beide %3 %4 auf %5.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 ports claim %2 %3 on %4: %5.</source>
        <translation>%1 Ports beanspruchen %2 %3 auf %4: %5.</translation>
    </message>
    <message>
        <source>Leave one of them there and move the others to free ports in their settings.</source>
        <translation>Lassen Sie einen davon dort und verschieben Sie die anderen in ihren Einstellungen auf freie Ports.</translation>
    </message>
</context>
<context>
    <name>HostTarget</name>
    <message>
        <source>A %1 rule without valid ports was left out.</source>
        <translation>Eine %1-Regel ohne gültige Ports wurde ausgelassen.</translation>
    </message>
    <message>
        <source>A rule names the group &apos;%1&apos;, which the plan does not have; the rule was left out.</source>
        <translation>Eine Regel nennt die Gruppe &apos;%1&apos;, die der Plan nicht hat; die Regel wurde ausgelassen.</translation>
    </message>
    <message>
        <source>A rule has no %1 peer addresses; it was left out.</source>
        <translation>Eine Regel hat keine %1-Gegenstellenadressen; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>A rule has no %1 local addresses; it was left out.</source>
        <translation>Eine Regel hat keine lokalen %1-Adressen; sie wurde ausgelassen.</translation>
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
        <translation>%1-Regeln für Knoten %2, für %3-restore</translation>
    </message>
    <message>
        <source>%1 rule %2 (%3)</source>
        <translation>%1-Regel %2 (%3)</translation>
    </message>
    <message>
        <source>%1: its ports need %2 multiport matches (at most %3 slots each, a range takes two); it was split into %2 rules per address.</source>
        <translation>%1: Ihre Ports brauchen %2 multiport-Matches (je höchstens %3 Plätze, ein Bereich belegt zwei); sie wurde in %2 Regeln pro Adresse aufgeteilt.</translation>
    </message>
    <message>
        <source>%1: its comment was cut to %2 characters.</source>
        <translation>%1: Ihr Kommentar wurde auf %2 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>On each node, as root: save the current rules (`%1-save &gt; /root/rules-before.%2`), check the file (`%1-restore --test &lt; FILE`), then apply it (`%1-restore &lt; FILE`). To keep it across reboots on Debian, install iptables-persistent and copy the file to /etc/iptables/rules.%2. Roll back with `%1-restore &lt; /root/rules-before.%2`. Egress: OUTPUT defaults to ACCEPT (the plan does not list every outbound connection); FORWARD to DROP. A long address list that many nodes share (a cluster&apos;s members) is written once, as an ipset in sets/NAME.ipset (package ipset), and matched with `-m set`: on each node whose file names it, load it first (`ipset restore -exist &lt; sets/NAME.ipset`), then check and apply the file. To roll back, restore the old rules first, then `ipset destroy NAME` (a set a rule uses cannot be destroyed); each file&apos;s header lists its sets.</source>
        <translation>Auf jedem Knoten als root: Sichern Sie die aktuellen Regeln (`%1-save &gt; /root/rules-before.%2`), prüfen Sie die Datei (`%1-restore --test &lt; FILE`) und wenden Sie sie dann an (`%1-restore &lt; FILE`). Damit sie unter Debian Neustarts übersteht, installieren Sie iptables-persistent und kopieren Sie die Datei nach /etc/iptables/rules.%2. Zurücksetzen mit `%1-restore &lt; /root/rules-before.%2`. Ausgehend: OUTPUT steht standardmäßig auf ACCEPT (der Plan führt nicht jede ausgehende Verbindung auf), FORWARD auf DROP. Eine lange Adressliste, die sich viele Knoten teilen (die Mitglieder eines Clusters), wird einmal als ipset in sets/NAME.ipset geschrieben (Paket ipset) und mit `-m set` geprüft: Laden Sie es auf jedem Knoten, dessen Datei es nennt, zuerst (`ipset restore -exist &lt; sets/NAME.ipset`), prüfen Sie dann die Datei und wenden Sie sie an. Zum Zurücksetzen stellen Sie zuerst die alten Regeln wieder her, dann `ipset destroy NAME` (ein Set, das eine Regel verwendet, kann nicht gelöscht werden); der Kopf jeder Datei führt ihre Sets auf.</translation>
    </message>
    <message numerus="yes">
        <source>ipset %1 (%2 addresses), matched by %n %3 host files</source>
        <translation>
            <numerusform>ipset %1 (%2 Adressen), verwendet von %n %3-Hostdatei</numerusform>
            <numerusform>ipset %1 (%2 Adressen), verwendet von %n %3-Hostdateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IptablesReader</name>
    <message>
        <source>table %1 starts before table %2 was committed</source>
        <translation>Tabelle %1 beginnt, bevor Tabelle %2 mit COMMIT abgeschlossen wurde</translation>
    </message>
    <message>
        <source>a table name is missing after &apos;*&apos;</source>
        <translation>nach &apos;*&apos; fehlt ein Tabellenname</translation>
    </message>
    <message>
        <source>COMMIT outside a table</source>
        <translation>COMMIT außerhalb einer Tabelle</translation>
    </message>
    <message>
        <source>a line outside a table (expected &apos;*filter&apos; before it)</source>
        <translation>eine Zeile außerhalb einer Tabelle (davor wird &apos;*filter&apos; erwartet)</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>a chain line needs a name and a policy</source>
        <translation>eine Chain-Zeile braucht einen Namen und eine Policy</translation>
    </message>
    <message>
        <source>a chain name is missing</source>
        <translation>ein Chain-Name fehlt</translation>
    </message>
    <message>
        <source>unknown chain policy &apos;%1&apos; (ACCEPT, DROP or -)</source>
        <translation>unbekannte Chain-Policy &apos;%1&apos; (ACCEPT, DROP oder -)</translation>
    </message>
    <message>
        <source>chain %1 is declared twice</source>
        <translation>Chain %1 ist doppelt deklariert</translation>
    </message>
    <message>
        <source>a user chain cannot have a policy (&apos;-&apos; expected)</source>
        <translation>eine benutzerdefinierte Chain kann keine Policy haben (&apos;-&apos; erwartet)</translation>
    </message>
    <message>
        <source>expected a rule (&apos;-A CHAIN ...&apos;), a chain (&apos;:CHAIN POLICY&apos;) or COMMIT</source>
        <translation>erwartet wird eine Regel (&apos;-A CHAIN ...&apos;), eine Chain (&apos;:CHAIN POLICY&apos;) oder COMMIT</translation>
    </message>
    <message>
        <source>a chain name is missing after %1</source>
        <translation>nach %1 fehlt ein Chain-Name</translation>
    </message>
    <message>
        <source>chain %1 was not declared (&apos;:%1 - [0:0]&apos;)</source>
        <translation>Chain %1 wurde nicht deklariert (&apos;:%1 - [0:0]&apos;)</translation>
    </message>
    <message>
        <source>%1 (%2:%3:%4)</source>
        <translation>%1 (%2:%3:%4)</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>unbekanntes Protokoll &apos;%1&apos;</translation>
    </message>
    <message>
        <source>address &apos;%1&apos; is not %2</source>
        <translation>Adresse &apos;%1&apos; ist keine %2-Adresse</translation>
    </message>
    <message>
        <source>bad address &apos;%1&apos;</source>
        <translation>ungültige Adresse &apos;%1&apos;</translation>
    </message>
    <message>
        <source>interface match %1%2 %3</source>
        <translation>Interface-Match %1%2 %3</translation>
    </message>
    <message>
        <source>match module &apos;%1&apos;</source>
        <translation>Match-Modul &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad port &apos;%1&apos;</source>
        <translation>ungültiger Port &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown connection state &apos;%1&apos;</source>
        <translation>unbekannter Verbindungszustand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ICMP type &apos;%1&apos;</source>
        <translation>ICMP-Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ipset &apos;%1&apos; (no `ipset save` output names it)</source>
        <translation>ipset &apos;%1&apos; (keine Ausgabe von `ipset save` nennt es)</translation>
    </message>
    <message>
        <source>ipset &apos;%1&apos; of type %2 matched on %3</source>
        <translation>ipset &apos;%1&apos; vom Typ %2, abgeglichen auf %3</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>match %1%2</source>
        <translation>Match %1%2</translation>
    </message>
    <message>
        <source>unexpected word &apos;%1&apos;</source>
        <translation>unerwartetes Wort &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a port match needs a protocol (-p tcp or -p udp)</source>
        <translation>ein Port-Match braucht ein Protokoll (-p tcp oder -p udp)</translation>
    </message>
    <message>
        <source>table %1 is not committed (COMMIT is missing)</source>
        <translation>Tabelle %1 ist nicht abgeschlossen (COMMIT fehlt)</translation>
    </message>
    <message>
        <source>jump to chain %1, which is not declared</source>
        <translation>Sprung zu Chain %1, die nicht deklariert ist</translation>
    </message>
    <message>
        <source>not understood, evaluated conservatively: %1</source>
        <translation>nicht verstanden, konservativ ausgewertet: %1</translation>
    </message>
    <message>
        <source>create needs a set name and a type</source>
        <translation>create braucht einen Set-Namen und einen Typ</translation>
    </message>
    <message>
        <source>add needs a set name and an entry</source>
        <translation>add braucht einen Set-Namen und einen Eintrag</translation>
    </message>
    <message>
        <source>set %1 was not created</source>
        <translation>Set %1 wurde nicht angelegt</translation>
    </message>
    <message>
        <source>bad address range &apos;%1&apos;</source>
        <translation>ungültiger Adressbereich &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;create&apos; or &apos;add&apos; (the output of `ipset save`)</source>
        <translation>erwartet wird &apos;create&apos; oder &apos;add&apos; (die Ausgabe von `ipset save`)</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>K8sPolicyReader</name>
    <message>
        <source>a document is not a map</source>
        <translation>ein Dokument ist keine Map</translation>
    </message>
    <message>
        <source>a NetworkPolicy without a spec</source>
        <translation>eine NetworkPolicy ohne spec</translation>
    </message>
    <message>
        <source>unknown policy type &apos;%1&apos;</source>
        <translation>unbekannter Policy-Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>alle Ports</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>unbekanntes Protokoll &apos;%1&apos;</translation>
    </message>
    <message>
        <source>named port %1</source>
        <translation>benannter Port %1</translation>
    </message>
    <message>
        <source>bad endPort &apos;%1&apos;</source>
        <translation>ungültiger endPort &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad port range %1-%2</source>
        <translation>ungültiger Portbereich %1-%2</translation>
    </message>
    <message>
        <source>policy %1 selects pods by labels other than %2</source>
        <translation>Policy %1 wählt Pods nach anderen Labels als %2 aus</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>bad ipBlock cidr &apos;%1&apos;</source>
        <translation>ungültiger ipBlock-CIDR &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad except &apos;%1&apos;</source>
        <translation>ungültiges except &apos;%1&apos;</translation>
    </message>
    <message>
        <source>namespaceSelector (the namespaces&apos; labels are not in this file)</source>
        <translation>namespaceSelector (die Labels der Namespaces stehen nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>podSelector that is not the pods of a plan node with addresses</source>
        <translation>podSelector, der nicht die Pods eines Planknotens mit Adressen auswählt</translation>
    </message>
</context>
<context>
    <name>KubernetesExporter</name>
    <message>
        <source>The plan has no node rule sets: no NetworkPolicy was generated.</source>
        <translation>Der Plan hat keine Regelsätze für Knoten: es wurde keine NetworkPolicy erzeugt.</translation>
    </message>
    <message>
        <source>A rule of %1 names no peers.</source>
        <translation>Eine Regel von %1 nennt keine Gegenstellen.</translation>
    </message>
    <message>
        <source>A rule of %1 refers to the unknown group %2.</source>
        <translation>Eine Regel von %1 verweist auf die unbekannte Gruppe %2.</translation>
    </message>
    <message>
        <source>Kubernetes NetworkPolicy objects (kubectl apply -f)</source>
        <translation>Kubernetes-NetworkPolicy-Objekte (kubectl apply -f)</translation>
    </message>
    <message>
        <source>The NetworkPolicy uses endPort for port ranges: it needs Kubernetes 1.25 or later and a network plugin that supports it.</source>
        <translation>Die NetworkPolicy verwendet endPort für Portbereiche: sie braucht Kubernetes 1.25 oder neuer und ein Netzwerk-Plugin, das es unterstützt.</translation>
    </message>
    <message>
        <source>Kubernetes NetworkPolicy</source>
        <translation>Kubernetes-NetworkPolicy</translation>
    </message>
</context>
<context>
    <name>LabLoads</name>
    <message>
        <source>stand-in: NAT layer %1 has no gateway file (nothing it translates in this family): an nft DNAT/SNAT router built from the plan&apos;s static mappings</source>
        <translation>Ersatz: NAT-Schicht %1 hat keine Gateway-Datei (nichts, was sie in dieser Familie übersetzt): ein nft-DNAT/SNAT-Router, gebaut aus den statischen Zuordnungen des Plans</translation>
    </message>
    <message>
        <source>stand-in: load balancer %1 is nft DNAT to the first host of each listener&apos;s target, SNAT to its own address (its HAProxy file is checked by haproxy -c, not run here)</source>
        <translation>Ersatz: Load Balancer %1 ist nft-DNAT zum ersten Host des Ziels jedes Listeners, SNAT auf seine eigene Adresse (seine HAProxy-Datei wird von haproxy -c geprüft, hier nicht ausgeführt)</translation>
    </message>
    <message>
        <source>stand-in: load balancer %1&apos;s UDP listeners (HAProxy serves TCP only) are nft DNAT to the first host of each listener&apos;s target, SNAT to its own address</source>
        <translation>Ersatz: die UDP-Listener von Load Balancer %1 (HAProxy bedient nur TCP) sind nft-DNAT zum ersten Host des Ziels jedes Listeners, SNAT auf seine eigene Adresse</translation>
    </message>
    <message>
        <source>stand-in: boundary firewall %1 has no gateway file in this family: its router filters nothing</source>
        <translation>Ersatz: Perimeter-Firewall %1 hat in dieser Familie keine Gateway-Datei: ihr Router filtert nichts</translation>
    </message>
</context>
<context>
    <name>LabProbeLister</name>
    <message>
        <source>not in the lab: listener %1/%2 of %3 has no target host or port</source>
        <translation>nicht im Lab: Listener %1/%2 von %3 hat keinen Ziel-Host oder -Port</translation>
    </message>
    <message>
        <source>the destination is a zone with no host to receive it</source>
        <translation>das Ziel ist eine Zone ohne Host, der ihn empfängt</translation>
    </message>
    <message>
        <source>local port, from anywhere</source>
        <translation>lokaler Port, von überall</translation>
    </message>
    <message>
        <source>admin port, from a source that is not an admin</source>
        <translation>Admin-Port, von einer Quelle, die kein Admin ist</translation>
    </message>
    <message>
        <source>cluster port, from outside the cluster</source>
        <translation>Cluster-Port, von außerhalb des Clusters</translation>
    </message>
    <message>
        <source>listening port, from the internet</source>
        <translation>lauschender Port, aus dem Internet</translation>
    </message>
    <message>
        <source>unplanned port</source>
        <translation>ungeplanter Port</translation>
    </message>
    <message>
        <source>planned port, from a source without a flow</source>
        <translation>geplanter Port, von einer Quelle ohne Fluss</translation>
    </message>
    <message>
        <source>not in the lab: listener %1/%2 of %3 on %4: its target has no %5 address and the nft stand-in cannot translate between families</source>
        <translation>nicht im Labor: Listener %1/%2 von %3 auf %4: sein Ziel hat keine %5-Adresse und der nft-Ersatz kann nicht zwischen Adressfamilien übersetzen</translation>
    </message>
    <message>
        <source>no source or destination in the lab</source>
        <translation>keine Quelle und kein Ziel im Labor</translation>
    </message>
    <message>
        <source>the balancer&apos;s listener has no target in the family (%1)</source>
        <translation>der Listener des Load Balancers hat kein Ziel in der Familie (%1)</translation>
    </message>
    <message>
        <source>not probed over %1: %2 (the balancer&apos;s listener has no target in the family)</source>
        <translation>nicht über %1 geprüft: %2 (der Listener des Load Balancers hat kein Ziel in der Familie)</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <source>hop: %1: %2</source>
        <translation>Hop: %1: %2</translation>
    </message>
    <message>
        <source>lab: %1 with %2 host rules: %3 namespaces (bridges included), %4 probes, %5 s</source>
        <translation>Lab: %1 mit %2-Host-Regeln: %3 Namespaces (Bridges eingeschlossen), %4 Proben, %5 s</translation>
    </message>
    <message>
        <source>FLOWS (expected open)</source>
        <translation>FLÜSSE (erwartet offen)</translation>
    </message>
    <message>
        <source>no probe</source>
        <translation>keine Probe</translation>
    </message>
    <message>
        <source>MUST-NOTS (expected closed): %1 of %2 closed</source>
        <translation>MUST-NOTS (erwartet geschlossen): %1 von %2 geschlossen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 closed</source>
        <translation>%1: %2 von %3 geschlossen</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>interrupted: the lab was removed</source>
        <translation>unterbrochen: Das Lab wurde entfernt</translation>
    </message>
    <message>
        <source>ADVERTISE (each peer to the advertised address, answered on the listen port)</source>
        <translation>ADVERTISE (jeder Peer zur bekannt gegebenen Adresse, beantwortet auf dem Listen-Port)</translation>
    </message>
    <message>
        <source>no peer host in the lab</source>
        <translation>kein Peer-Host im Lab</translation>
    </message>
    <message>
        <source>result: as planned (%1 flows open, %2 skipped, %3 must-nots closed, %4 advertised addresses reached)</source>
        <translation>Ergebnis: wie geplant (%1 Flüsse offen, %2 übersprungen, %3 Verbote geschlossen, %4 bekannt gegebene Adressen erreicht)</translation>
    </message>
    <message>
        <source>result: NOT as planned (%1 of %2 probed flows failed, %3 must-nots open, %4 of %5 advertised addresses not reached)</source>
        <translation>Ergebnis: NICHT wie geplant (%1 von %2 geprüften Flüssen fehlgeschlagen, %3 Verbote offen, %4 von %5 bekannt gegebenen Adressen nicht erreicht)</translation>
    </message>
</context>
<context>
    <name>LabRunner</name>
    <message>
        <source>could not create the lab&apos;s network namespaces: %1</source>
        <translation>die Network Namespaces des Labs konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>links not up after 20 s: %1</source>
        <translation>Links nach 20 s nicht aktiv: %1</translation>
    </message>
    <message>
        <source>%1 did not load into %2 (%3): %4</source>
        <translation>%1 wurde nicht in %2 geladen (%3): %4</translation>
    </message>
    <message>
        <source>the lab agent could not be prepared</source>
        <translation>der Lab-Agent konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>the lab agent could not be written to %1</source>
        <translation>der Lab-Agent konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>the lab agent in %1 did not start: %2</source>
        <translation>der Lab-Agent in %1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>the lab agent in %1 gave no results</source>
        <translation>der Lab-Agent in %1 lieferte keine Ergebnisse</translation>
    </message>
    <message>
        <source>accepted by its host rules although no flow allows it</source>
        <translation>von seinen Host-Regeln angenommen, obwohl kein Fluss es erlaubt</translation>
    </message>
    <message>
        <source>Run it as root (sudo portolan-cli lab ...), or in a container or VM with CAP_NET_ADMIN and CAP_SYS_ADMIN; `portolan-cli check` and `export` need no privileges.</source>
        <translation>Führen Sie es als root aus (sudo portolan-cli lab ...), oder in einem Container oder einer VM mit CAP_NET_ADMIN und CAP_SYS_ADMIN; `portolan-cli check` und `export` brauchen keine Rechte.</translation>
    </message>
    <message>
        <source>the lab needs root: it creates network namespaces. %1</source>
        <translation>Das Lab braucht root: Es erstellt Network Namespaces. %1</translation>
    </message>
    <message>
        <source>the lab needs %1 (Debian: apt-get install iproute2 nftables iptables python3)</source>
        <translation>Das Lab braucht %1 (Debian: apt-get install iproute2 nftables iptables python3)</translation>
    </message>
    <message>
        <source>network namespaces cannot be made here (%1). %2</source>
        <translation>Network Namespaces können hier nicht erstellt werden (%1). %2</translation>
    </message>
    <message>
        <source>the throw-away certificate %1 could not be written</source>
        <translation>das Wegwerf-Zertifikat %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the HAProxy file %1 could not be written to %2</source>
        <translation>die HAProxy-Datei %1 konnte nicht nach %2 geschrieben werden</translation>
    </message>
    <message>
        <source>HAProxy did not start with %1 in %2: %3</source>
        <translation>HAProxy ist mit %1 in %2 nicht gestartet: %3</translation>
    </message>
    <message>
        <source>the lab needs openssl: it makes throw-away certificates for the TLS-terminating listeners of %1, which run in haproxy (Debian: apt-get install openssl)</source>
        <translation>Das Lab braucht openssl: Es erstellt Wegwerf-Zertifikate für die TLS-terminierenden Listener von %1, die in haproxy laufen (Debian: apt-get install openssl)</translation>
    </message>
    <message>
        <source>the lab needs openssl: it makes a throw-away certificate for the listeners on the ports the plan serves with TLS (Debian: apt-get install openssl)</source>
        <translation>das Labor braucht openssl: es erstellt ein Wegwerf-Zertifikat für die Listener auf den Ports, die der Plan mit TLS bedient (Debian: apt-get install openssl)</translation>
    </message>
</context>
<context>
    <name>LabSession</name>
    <message>
        <source>load balancer %1 runs its own HAProxy file %2 (haproxy -db in its namespace)</source>
        <translation>Load Balancer %1 führt seine eigene HAProxy-Datei %2 aus (haproxy -db in seinem Namespace)</translation>
    </message>
    <message>
        <source>load balancer %1 runs its own HAProxy file %2 (haproxy -db in its namespace), crt-base pointed at the lab&apos;s temporary folder, with throw-away certificates for %3</source>
        <translation>Load Balancer %1 führt seine eigene HAProxy-Datei %2 aus (haproxy -db in seinem Namespace), crt-base zeigt auf den temporären Ordner des Labs, mit Wegwerf-Zertifikaten für %3</translation>
    </message>
</context>
<context>
    <name>LabTopologyBuilder</name>
    <message>
        <source>address picked: %1 has no IPv4 address in the plan; the lab gives it %2</source>
        <translation>Adresse gewählt: %1 hat im Plan keine IPv4-Adresse; das Lab gibt ihm %2</translation>
    </message>
    <message>
        <source>not in the lab: NAT layer %1 joins zones of one site</source>
        <translation>nicht im Lab: NAT-Schicht %1 verbindet Zonen eines Standorts</translation>
    </message>
    <message>
        <source>not in the lab: link %1 joins zones of one site (they share a segment)</source>
        <translation>nicht im Lab: Verbindung %1 verbindet Zonen eines Standorts (sie teilen ein Segment)</translation>
    </message>
    <message>
        <source>address picked: %1 has no IPv6 address in the plan; the lab gives it %2 from its zone&apos;s IPv6 network</source>
        <translation>Adresse gewählt: %1 hat im Plan keine IPv6-Adresse; das Labor gibt ihm %2 aus dem IPv6-Netz seiner Zone</translation>
    </message>
    <message>
        <source>not in the lab: %1 has no address and its zone no network to pick one from</source>
        <translation>nicht im Labor: %1 hat keine Adresse und seine Zone kein Netz, aus dem eine gewählt werden kann</translation>
    </message>
    <message>
        <source>not in the lab: load balancer %1 has no address</source>
        <translation>nicht im Labor: Load Balancer %1 hat keine Adresse</translation>
    </message>
    <message>
        <source>not in the lab: source %1 has no network to send from</source>
        <translation>nicht im Labor: Quelle %1 hat kein Netz, aus dem sie senden kann</translation>
    </message>
    <message>
        <source>upstream router: site %1 has public networks and no NAT layer or boundary firewall towards the internet; a plain router joins the two</source>
        <translation>Upstream-Router: Standort %1 hat öffentliche Netze und weder eine NAT-Schicht noch eine Grenz-Firewall zum Internet; ein einfacher Router verbindet beide</translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation>Upstream %1</translation>
    </message>
</context>
<context>
    <name>LabTrace</name>
    <message>
        <source>went off the planned path and ended here</source>
        <translation>ist vom geplanten Pfad abgewichen und hier geendet</translation>
    </message>
    <message>
        <source>no route from here to %1</source>
        <translation>keine Route von hier nach %1</translation>
    </message>
    <message>
        <source>left here, never reached %1</source>
        <translation>hat hier verlassen, %1 nie erreicht</translation>
    </message>
    <message>
        <source>no route on from here, or delivered here instead of %1</source>
        <translation>keine Route weiter von hier, oder hier statt an %1 zugestellt</translation>
    </message>
    <message>
        <source>dropped on arrival: its host rules did not let it in</source>
        <translation>bei Ankunft verworfen: Seine Host-Regeln ließen ihn nicht herein</translation>
    </message>
    <message>
        <source>arrived and was let in; the answer did not come back</source>
        <translation>angekommen und hereingelassen; die Antwort kam nicht zurück</translation>
    </message>
    <message>
        <source>taken by the router itself: no translation or route sent it on</source>
        <translation>vom Router selbst angenommen: Keine Übersetzung oder Route hat ihn weitergeschickt</translation>
    </message>
    <message>
        <source>dropped here: not forwarded towards %1</source>
        <translation>hier verworfen: nicht in Richtung %1 weitergeleitet</translation>
    </message>
    <message>
        <source>forwarded, never reached %1</source>
        <translation>weitergeleitet, %1 nie erreicht</translation>
    </message>
    <message>
        <source>dropped here by the forward rules of boundary firewall %1: not forwarded towards %2</source>
        <translation>hier von den Forward-Regeln der Perimeter-Firewall %1 verworfen: nicht in Richtung %2 weitergeleitet</translation>
    </message>
</context>
<context>
    <name>ListRowEdit</name>
    <message>
        <source>Add to %1 of %2</source>
        <translation>Zu %1 von %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1 of %2</source>
        <translation>Aus %1 von %2 entfernen</translation>
    </message>
</context>
<context>
    <name>ListenValue</name>
    <message>
        <source>&apos;%1&apos; needs the form [IPv6]:port</source>
        <translation>&apos;%1&apos; braucht die Form [IPv6]:port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the form address:port</source>
        <translation>&apos;%1&apos; braucht die Form adresse:port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port in 1–65535</source>
        <translation>&apos;%1&apos; ist kein Port im Bereich 1–65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>a listen value is empty; write &apos;off&apos; to disable it</source>
        <translation>ein Listen-Wert ist leer; schreiben Sie &apos;off&apos;, um ihn abzuschalten</translation>
    </message>
    <message>
        <source>an empty entry in &apos;%1&apos;</source>
        <translation>ein leerer Eintrag in &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LoadBalancerTarget</name>
    <message>
        <source>Two listeners use %1 port %2; the second was left out.</source>
        <translation>Zwei Listener verwenden %1-Port %2; der zweite wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The %1 listener on port %2 has no resolved target (node %3, port %4); it was left out.</source>
        <translation>Der %1-Listener auf Port %2 hat kein aufgelöstes Ziel (Knoten %3, Port %4); er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Node %1 has %2 hosts but %3 addresses: the listener on port %4 names only those; add the other hosts by hand.</source>
        <translation>Knoten %1 hat %2 Hosts, aber %3 Adressen: Der Listener auf Port %4 nennt nur diese; fügen Sie die anderen Hosts von Hand hinzu.</translation>
    </message>
</context>
<context>
    <name>MapReader</name>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>a key in %1 must be a plain word</source>
        <translation>ein Schlüssel in %1 muss ein einfaches Wort sein</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; appears twice in %2</source>
        <translation>Schlüssel &apos;%1&apos; kommt in %2 doppelt vor</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>known keys: %1</source>
        <translation>bekannte Schlüssel: %1</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos;</source>
        <translation>%1 braucht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>MoveElementsEdit</name>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NatChecks</name>
    <message>
        <source>they reach it only through NAT %1</source>
        <translation>sie erreichen es nur über NAT %1</translation>
    </message>
    <message>
        <source>that is not an address and port of the node they can reach (it listens on port %1)</source>
        <translation>das ist keine Adresse und kein Port des Knotens, die sie erreichen können (er lauscht auf Port %1)</translation>
    </message>
    <message>
        <source>%1 advertises %2 for %3 %4 to parties in %5, but %6.</source>
        <translation>%1 kündigt %2 für %3 %4 an Teilnehmer in %5 an, aber %6.</translation>
    </message>
    <message>
        <source>Advertise an address the parties in %1 can reach.</source>
        <translation>Kündigen Sie eine Adresse an, die die Teilnehmer in %1 erreichen können.</translation>
    </message>
    <message>
        <source>Set %1.</source>
        <translation>Setzen Sie %1.</translation>
    </message>
    <message>
        <source>the NAT&apos;s outside address</source>
        <translation>die äußere Adresse des NAT</translation>
    </message>
    <message>
        <source>%1 (hosts %2)</source>
        <translation>%1 (Hosts %2)</translation>
    </message>
    <message>
        <source>Parties in %1 reach the %2 port of %3 only through NAT %4, which has no mapping to it.</source>
        <translation>Teilnehmer in %1 erreichen den %2-Port von %3 nur über NAT %4, das keine Zuordnung dafür hat.</translation>
    </message>
    <message>
        <source>Add a mapping to NAT %1 from %2 to %3 for %4, and advertise the outside address.</source>
        <translation>Fügen Sie NAT %1 eine Zuordnung von %2 auf %3 für %4 hinzu, und kündigen Sie die äußere Adresse an.</translation>
    </message>
    <message>
        <source>NAT %1 forwards %2, but %3 listens for %4 on port %5.</source>
        <translation>NAT %1 leitet %2 weiter, aber %3 lauscht für %4 auf Port %5.</translation>
    </message>
    <message>
        <source>Change the mapping to forward to port %1.</source>
        <translation>Ändern Sie die Zuordnung so, dass sie auf Port %1 weiterleitet.</translation>
    </message>
    <message>
        <source>Set %1, or change the mapping to forward to port %2.</source>
        <translation>Setzen Sie %1, oder ändern Sie die Zuordnung so, dass sie auf Port %2 weiterleitet.</translation>
    </message>
    <message>
        <source>NAT %1 forwards %2 of %3&apos;s %4 port but not %5; the port needs %6.</source>
        <translation>NAT %1 leitet %2 des %4-Ports von %3 weiter, aber nicht %5; der Port braucht %6.</translation>
    </message>
    <message>
        <source>Add a %1 mapping to NAT %2 from %3 to %4.</source>
        <translation>Fügen Sie NAT %2 eine %1-Zuordnung von %3 auf %4 hinzu.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on the loopback address %3, which no other host can reach.</source>
        <translation>%1 lauscht für %2 auf der Loopback-Adresse %3, die kein anderer Host erreichen kann.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on %3, an address the node does not have (it has %4).</source>
        <translation>%1 lauscht für %2 auf %3, einer Adresse, die der Knoten nicht hat (er hat %4).</translation>
    </message>
    <message>
        <source>%1 has several addresses (%2); %3 advertises the first non-loopback IPv4 address it finds, likely %4, which parties in %5 cannot reach.</source>
        <translation>%1 hat mehrere Adressen (%2); %3 kündigt die erste gefundene IPv4-Adresse an, die kein Loopback ist, vermutlich %4, die Teilnehmer in %5 nicht erreichen können.</translation>
    </message>
    <message>
        <source>Give the node an address its peers can reach, then set %1 to it.</source>
        <translation>Geben Sie dem Knoten eine Adresse, die seine Gegenstellen erreichen können, und setzen Sie dann %1 darauf.</translation>
    </message>
    <message>
        <source>NAT %1 translates ports (%2) in front of %3&apos;s %4; ICE advertises the port it listens on, so remote parties would send to a port the NAT does not forward.</source>
        <translation>NAT %1 übersetzt Ports (%2) vor %4 von %3; ICE kündigt den Port an, auf dem es lauscht, daher würden entfernte Teilnehmer an einen Port senden, den das NAT nicht weiterleitet.</translation>
    </message>
    <message>
        <source>Map outside ports %1 to the same inside ports on NAT %2.</source>
        <translation>Bilden Sie auf NAT %2 die äußeren Ports %1 auf dieselben inneren Ports ab.</translation>
    </message>
</context>
<context>
    <name>NatReviewPanel</name>
    <message>
        <source>Apply proposed settings</source>
        <translation>Vorgeschlagene Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Apply proposed settings to %1</source>
        <translation>Vorgeschlagene Einstellungen auf %1 anwenden</translation>
    </message>
</context>
<context>
    <name>NetworkReadme</name>
    <message>
        <source>no file from the chosen targets</source>
        <translation>keine Datei aus den gewählten Zielen</translation>
    </message>
    <message>
        <source>## Network devices: which device gets which file</source>
        <translation>## Netzwerkgeräte: welches Gerät welche Datei erhält</translation>
    </message>
    <message>
        <source>Each file is for one device; pick the target (nftables, iptables, pf, HAProxy) the device runs. Apply in this order, so that nothing is reachable before it is filtered:</source>
        <translation>Jede Datei ist für ein Gerät; wählen Sie das Ziel (nftables, iptables, pf, HAProxy), das auf dem Gerät läuft. Wenden Sie sie in dieser Reihenfolge an, damit nichts erreichbar ist, bevor es gefiltert wird:</translation>
    </message>
    <message>
        <source>1. Host firewalls of the nodes (the host sections below).</source>
        <translation>1. Host-Firewalls der Knoten (die Host-Abschnitte unten).</translation>
    </message>
    <message>
        <source>2. Boundary firewalls: the forward rules, default drop.</source>
        <translation>2. Perimeter-Firewalls: die Forward-Regeln, Standard Drop.</translation>
    </message>
    <message>
        <source>3. NAT layers: the translations. A router that is both a firewall and a NAT layer loads both of its files (nftables and iptables files replace only their own table; pf: see its section).</source>
        <translation>3. NAT-Schichten: die Übersetzungen. Ein Router, der sowohl Firewall als auch NAT-Schicht ist, lädt beide seiner Dateien (nftables- und iptables-Dateien ersetzen nur ihre eigene Tabelle; pf: siehe dessen Abschnitt).</translation>
    </message>
    <message>
        <source>4. Load balancers, once the firewalls let their traffic through.</source>
        <translation>4. Load Balancer, sobald die Firewalls ihren Verkehr durchlassen.</translation>
    </message>
    <message>
        <source>Boundary firewalls:</source>
        <translation>Perimeter-Firewalls:</translation>
    </message>
    <message>
        <source>- none in the plan</source>
        <translation>- keine im Plan</translation>
    </message>
    <message>
        <source>NAT layers:</source>
        <translation>NAT-Schichten:</translation>
    </message>
    <message>
        <source>Load balancers:</source>
        <translation>Load Balancer:</translation>
    </message>
</context>
<context>
    <name>NftJsonReader</name>
    <message>
        <source>expected the output of `nft -j list ruleset` (an object with an &quot;nftables&quot; array)</source>
        <translation>erwartet wird die Ausgabe von `nft -j list ruleset` (ein Objekt mit einem &quot;nftables&quot;-Array)</translation>
    </message>
    <message>
        <source>an element of &quot;nftables&quot; is not an object</source>
        <translation>ein Element von &quot;nftables&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>not understood, evaluated conservatively: %1</source>
        <translation>nicht verstanden, konservativ ausgewertet: %1</translation>
    </message>
    <message>
        <source>jump to chain %1, which does not exist</source>
        <translation>Sprung zu Chain %1, die nicht existiert</translation>
    </message>
    <message>
        <source>a chain without a name or table</source>
        <translation>eine Chain ohne Namen oder Tabelle</translation>
    </message>
    <message>
        <source>filter chain %1 on hook %2 is not evaluated (only input, output and forward are)</source>
        <translation>Filter-Chain %1 an Hook %2 wird nicht ausgewertet (nur input, output und forward werden ausgewertet)</translation>
    </message>
    <message>
        <source>unknown chain policy &apos;%1&apos;</source>
        <translation>unbekannte Chain-Policy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>set %1 is not in the ruleset</source>
        <translation>Set %1 ist nicht im Regelsatz</translation>
    </message>
    <message>
        <source>a range needs two ends</source>
        <translation>ein Bereich braucht zwei Grenzen</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>Operator %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>address range</source>
        <translation>Adressbereich</translation>
    </message>
    <message>
        <source>value %1 of %2</source>
        <translation>Wert %1 von %2</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>meta nfproto %1</source>
        <translation>meta nfproto %1</translation>
    </message>
    <message>
        <source>interface match %1 %2 %3</source>
        <translation>Interface-Match %1 %2 %3</translation>
    </message>
    <message>
        <source>ct state %1</source>
        <translation>ct state %1</translation>
    </message>
    <message>
        <source>match on %1</source>
        <translation>Match auf %1</translation>
    </message>
    <message>
        <source>a rule of chain %1 %2, which is not listed</source>
        <translation>eine Regel der Chain %1 %2, die nicht aufgeführt ist</translation>
    </message>
    <message>
        <source>a rule without &quot;expr&quot;</source>
        <translation>eine Regel ohne &quot;expr&quot;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>verdict map %1 (%2)</source>
        <translation>Verdict-Map %1 (%2)</translation>
    </message>
    <message>
        <source>verdict %1 (%2)</source>
        <translation>Verdict %1 (%2)</translation>
    </message>
    <message>
        <source>statement %1 (%2)</source>
        <translation>Anweisung %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NftablesExporter</name>
    <message>
        <source>nftables (inet table)</source>
        <translation>nftables (inet-Tabelle)</translation>
    </message>
    <message>
        <source>nftables ruleset (table inet portolan) for node %1</source>
        <translation>nftables-Regelsatz (Tabelle inet portolan) für Knoten %1</translation>
    </message>
    <message>
        <source>Chain %1, %2 rule %3 (%4): its comment was cut to %5 characters.</source>
        <translation>Chain %1, %2-Regel %3 (%4): Ihr Kommentar wurde auf %5 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>On each node, as root: save the current ruleset (`nft list ruleset &gt; /root/ruleset-before.nft`), check the file (`nft -c -f FILE`), then apply it (`nft -f FILE`). The file replaces only the table `inet portolan` and leaves other tables alone. To keep it across reboots, include it from /etc/nftables.conf. Roll back with `nft delete table inet portolan` (or `nft flush ruleset &amp;&amp; nft -f /root/ruleset-before.nft`). Egress: policy accept; the output chain lists the node&apos;s planned outbound services. A long address list that many nodes share (a cluster&apos;s members) is written once in sets/ and included: copy sets/ with the files and run nft with `-I` naming their folder, as each file&apos;s header says.</source>
        <translation>Auf jedem Knoten als root: sichern Sie den aktuellen Regelsatz (`nft list ruleset &gt; /root/ruleset-before.nft`), prüfen Sie die Datei (`nft -c -f FILE`) und wenden Sie sie dann an (`nft -f FILE`). Die Datei ersetzt nur die Tabelle `inet portolan` und lässt andere Tabellen unberührt. Damit sie Neustarts überdauert, binden Sie sie in /etc/nftables.conf ein. Rollback mit `nft delete table inet portolan` (oder `nft flush ruleset &amp;&amp; nft -f /root/ruleset-before.nft`). Egress: Policy accept; die Output-Chain führt die geplanten ausgehenden Dienste des Knotens auf. Eine lange Adressliste, die viele Knoten teilen (die Mitglieder eines Clusters), steht einmal in sets/ und wird eingebunden: Kopieren Sie sets/ mit den Dateien und rufen Sie nft mit `-I` und deren Ordner auf, wie der Kopf jeder Datei sagt.</translation>
    </message>
    <message numerus="yes">
        <source>nftables address set %1, included by %n host files</source>
        <translation>
            <numerusform>nftables-Adressmenge %1, eingebunden von %n Host-Datei</numerusform>
            <numerusform>nftables-Adressmenge %1, eingebunden von %n Host-Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathChecks</name>
    <message>
        <source>%1 cannot reach %2 on %3 (%4 %5): %6; the path stops at %7.</source>
        <translation>%1 kann %2 auf %3 nicht erreichen (%4 %5): %6; der Pfad endet bei %7.</translation>
    </message>
    <message>
        <source>Give NAT %1 a public outside address, or put a load balancer with a public address in front of %2.</source>
        <translation>Geben Sie NAT %1 eine öffentliche externe Adresse, oder schalten Sie einen Load Balancer mit öffentlicher Adresse vor %2.</translation>
    </message>
    <message>
        <source>Put a load balancer with a public address in front of %1, or add a NAT layer between its zone and the internet with a mapping from a public address:%2 to %1:%2 %3.</source>
        <translation>Schalten Sie einen Load Balancer mit öffentlicher Adresse vor %1, oder fügen Sie zwischen seiner Zone und dem Internet eine NAT-Schicht mit einer Zuordnung von einer öffentlichen Adresse:%2 auf %1:%2 %3 hinzu.</translation>
    </message>
    <message>
        <source>&lt;outside address&gt;</source>
        <translation>&lt;externe Adresse&gt;</translation>
    </message>
    <message>
        <source>Add a mapping %1:%2 -&gt; &lt;host&gt;:%2 %3 to NAT %4 for each host of %5.</source>
        <translation>Fügen Sie NAT %4 für jeden Host von %5 eine Zuordnung %1:%2 -&gt; &lt;host&gt;:%2 %3 hinzu.</translation>
    </message>
    <message>
        <source>Add a mapping %1:%2 -&gt; %3:%2 %4 to NAT %5.</source>
        <translation>Fügen Sie NAT %5 eine Zuordnung %1:%2 -&gt; %3:%2 %4 hinzu.</translation>
    </message>
    <message>
        <source>Give NAT %1 a public outside address.</source>
        <translation>Geben Sie NAT %1 eine öffentliche externe Adresse.</translation>
    </message>
    <message>
        <source>Enable source NAT on %1 (source_nat: true).</source>
        <translation>Aktivieren Sie Source-NAT auf %1 (source_nat: true).</translation>
    </message>
    <message>
        <source>Add a NAT layer with source_nat: true between %1 and the internet, or give %2 a public address.</source>
        <translation>Fügen Sie zwischen %1 und dem Internet eine NAT-Schicht mit source_nat: true hinzu, oder geben Sie %2 eine öffentliche Adresse.</translation>
    </message>
    <message>
        <source>Add a VPN or peering link between %1 and %2.</source>
        <translation>Fügen Sie eine VPN- oder Peering-Verbindung zwischen %1 und %2 hinzu.</translation>
    </message>
</context>
<context>
    <name>PfExporter</name>
    <message>
        <source>pf.conf (OpenBSD pf)</source>
        <translation>pf.conf (OpenBSD pf)</translation>
    </message>
    <message>
        <source>On each node, as root: keep the current file (`cp /etc/pf.conf /root/pf.conf.before`), check the new one (`pfctl -nf FILE`), install it as /etc/pf.conf and load it (`pfctl -f /etc/pf.conf`). Roll back with `pfctl -f /root/pf.conf.before`. The syntax is OpenBSD&apos;s; on FreeBSD rewrite the `rdr-to` lines as `rdr` rules. Egress: `pass out all`; the egress rules list the node&apos;s planned outbound services.</source>
        <translation>Auf jedem Knoten als root: behalten Sie die aktuelle Datei (`cp /etc/pf.conf /root/pf.conf.before`), prüfen Sie die neue (`pfctl -nf FILE`), installieren Sie sie als /etc/pf.conf und laden Sie sie (`pfctl -f /etc/pf.conf`). Rollback mit `pfctl -f /root/pf.conf.before`. Die Syntax ist die von OpenBSD; unter FreeBSD schreiben Sie die `rdr-to`-Zeilen als `rdr`-Regeln um. Egress: `pass out all`; die Egress-Regeln führen die geplanten ausgehenden Dienste des Knotens auf.</translation>
    </message>
    <message>
        <source>pf.conf for node %1 (OpenBSD syntax; not validated: no pfctl on Linux)</source>
        <translation>pf.conf für Knoten %1 (OpenBSD-Syntax; nicht validiert: kein pfctl unter Linux)</translation>
    </message>
</context>
<context>
    <name>PlanDiffReport</name>
    <message>
        <source>Portolan plan diff: %1 → %2</source>
        <translation>Portolan-Planvergleich: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new error finding(s)</source>
        <translation>
            <numerusform>%n neuer Fehlerbefund</numerusform>
            <numerusform>%n neue Fehlerbefunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) stop working</source>
        <translation>
            <numerusform>%n Fluss funktioniert nicht mehr</numerusform>
            <numerusform>%n Flüsse funktionieren nicht mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>Elements (%1)</source>
        <translation>Elemente (%1)</translation>
    </message>
    <message>
        <source>no enforcement point</source>
        <translation>kein Durchsetzungspunkt</translation>
    </message>
    <message>
        <source>Flows (%1)</source>
        <translation>Flüsse (%1)</translation>
    </message>
    <message>
        <source>stops working</source>
        <translation>funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Path status (%1)</source>
        <translation>Pfadstatus (%1)</translation>
    </message>
    <message>
        <source>Rules after compaction (%1 point(s))</source>
        <translation>Regeln nach der Verdichtung (%1 Punkt(e))</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Behoben:</translation>
    </message>
    <message>
        <source>Findings (%1 new, %2 resolved)</source>
        <translation>Befunde (%1 neu, %2 behoben)</translation>
    </message>
    <message>
        <source>Export %1: %2</source>
        <translation>Export %1: %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>elements +%1 -%2 ~%3</source>
        <translation>Elemente +%1 -%2 ~%3</translation>
    </message>
    <message>
        <source>flows +%1 -%2 ~%3 (%4 widened, %5 narrowed)</source>
        <translation>Flüsse +%1 -%2 ~%3 (%4 erweitert, %5 eingeschränkt)</translation>
    </message>
    <message>
        <source>rules +%1 -%2 at %3 point(s)</source>
        <translation>Regeln +%1 -%2 an %3 Punkt(en)</translation>
    </message>
    <message>
        <source>findings %1 new (%2 error(s)), %3 resolved</source>
        <translation>Befunde %1 neu (%2 Fehler), %3 behoben</translation>
    </message>
    <message>
        <source>paths %1 changed, %2 stopped working</source>
        <translation>Pfade %1 geändert, %2 funktionieren nicht mehr</translation>
    </message>
    <message>
        <source>portolan diff %1 -&gt; %2</source>
        <translation>portolan diff %1 -&gt; %2</translation>
    </message>
    <message>
        <source>NEW ERRORS: %1</source>
        <translation>NEUE FEHLER: %1</translation>
    </message>
    <message>
        <source>FLOWS THAT STOP WORKING: %1</source>
        <translation>FLÜSSE, DIE NICHT MEHR FUNKTIONIEREN: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Flows, by enforcement point (+ added, - removed, &gt; widened, &lt; narrowed, ~ changed)</source>
        <translation>Flüsse nach Durchsetzungspunkt (+ hinzugefügt, - entfernt, &gt; erweitert, &lt; eingeschränkt, ~ geändert)</translation>
    </message>
    <message>
        <source>(no enforcement point)</source>
        <translation>(kein Durchsetzungspunkt)</translation>
    </message>
    <message>
        <source>Path status</source>
        <translation>Pfadstatus</translation>
    </message>
    <message>
        <source>Rules after compaction</source>
        <translation>Regeln nach der Verdichtung</translation>
    </message>
    <message>
        <source>new enforcement point</source>
        <translation>neuer Durchsetzungspunkt</translation>
    </message>
    <message>
        <source>enforcement point gone</source>
        <translation>Durchsetzungspunkt entfallen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>PointReconciler</name>
    <message>
        <source>no host or AWS enforcement point &apos;%1&apos;</source>
        <translation>kein Host- oder AWS-Durchsetzungspunkt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>describe-security-groups output is compared with an AWS point, not with %1</source>
        <translation>die Ausgabe von describe-security-groups wird mit einem AWS-Punkt verglichen, nicht mit %1</translation>
    </message>
    <message>
        <source>name the group&apos;s point: --point sg:ID</source>
        <translation>nennen Sie den Punkt der Gruppe: --point sg:ID</translation>
    </message>
</context>
<context>
    <name>PortMatrix</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>source NAT at %1</source>
        <translation>Source NAT an %1</translation>
    </message>
    <message>
        <source>NAT %1: %2 to %3</source>
        <translation>NAT %1: %2 auf %3</translation>
    </message>
    <message>
        <source>load balancer %1 (TLS terminated)</source>
        <translation>Load Balancer %1 (TLS terminiert)</translation>
    </message>
    <message>
        <source>load balancer %1</source>
        <translation>Load Balancer %1</translation>
    </message>
    <message>
        <source>through firewall %1</source>
        <translation>durch Firewall %1</translation>
    </message>
    <message>
        <source>over link %1</source>
        <translation>über Verbindung %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Quellport</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Port matrix</source>
        <translation>Portmatrix</translation>
    </message>
    <message>
        <source>Port matrix: %1</source>
        <translation>Portmatrix: %1</translation>
    </message>
    <message>
        <source>The plan has no flows: the port matrix is empty.</source>
        <translation>Der Plan hat keine Flüsse: die Portmatrix ist leer.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>audience %1</source>
        <translation>Zielgruppe %1</translation>
    </message>
</context>
<context>
    <name>PortMatrixCsvExporter</name>
    <message>
        <source>Port matrix as CSV (RFC 4180)</source>
        <translation>Portmatrix als CSV (RFC 4180)</translation>
    </message>
    <message>
        <source>Port matrix (CSV)</source>
        <translation>Portmatrix (CSV)</translation>
    </message>
</context>
<context>
    <name>PortMatrixHtmlExporter</name>
    <message>
        <source>Generated by Portolan from the plan: every connection the products need, as the destination receives it. Source ports are ephemeral.</source>
        <translation>Von Portolan aus dem Plan erzeugt: jede Verbindung, die die Produkte brauchen, so wie das Ziel sie empfängt. Quellports sind ephemer.</translation>
    </message>
    <message>
        <source>Port matrix as an HTML page</source>
        <translation>Portmatrix als HTML-Seite</translation>
    </message>
    <message>
        <source>Port matrix (HTML)</source>
        <translation>Portmatrix (HTML)</translation>
    </message>
</context>
<context>
    <name>PortMatrixMarkdownExporter</name>
    <message>
        <source>Generated by Portolan from the plan: every connection the products need, as the destination receives it. Source ports are ephemeral.</source>
        <translation>Von Portolan aus dem Plan erzeugt: jede Verbindung, die die Produkte brauchen, so wie das Ziel sie empfängt. Quellports sind ephemer.</translation>
    </message>
    <message>
        <source>Port matrix as a Markdown table</source>
        <translation>Portmatrix als Markdown-Tabelle</translation>
    </message>
    <message>
        <source>Port matrix (Markdown)</source>
        <translation>Portmatrix (Markdown)</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>TLS not available on this machine; TCP connect only</source>
        <translation>TLS ist auf diesem Rechner nicht verfügbar; nur TCP-Verbindungsaufbau</translation>
    </message>
    <message>
        <source>no TLS handshake: %1</source>
        <translation>kein TLS-Handshake: %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>geantwortet</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>Port nicht erreichbar</translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation>keine Antwort innerhalb des Timeouts</translation>
    </message>
</context>
<context>
    <name>ProjectEdits</name>
    <message>
        <source>&apos;%1&apos; is not a zone</source>
        <translation>&apos;%1&apos; ist keine Zone</translation>
    </message>
    <message>
        <source>a zone cannot be moved into itself or into a zone inside it</source>
        <translation>eine Zone kann nicht in sich selbst oder in eine darin liegende Zone verschoben werden</translation>
    </message>
    <message>
        <source>only zones can be at the top level</source>
        <translation>nur Zonen können auf oberster Ebene stehen</translation>
    </message>
    <message>
        <source>an id starts with a letter or digit and holds only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>eine ID beginnt mit einem Buchstaben oder einer Ziffer und enthält nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is already used</source>
        <translation>die ID &apos;%1&apos; wird bereits verwendet</translation>
    </message>
    <message>
        <source>no element has the id &apos;%1&apos;</source>
        <translation>kein Element hat die ID &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ProjectMigrations</name>
    <message>
        <source>no migration from project format %1</source>
        <translation>keine Migration von Projektformat %1</translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>a project file must be a mapping with &apos;format&apos; first</source>
        <translation>eine Projektdatei muss eine Zuordnung mit &apos;format&apos; an erster Stelle sein</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>das Projekt</translation>
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
        <translation>das Projekt hat keine &apos;format&apos;-Version</translation>
    </message>
    <message>
        <source>add &apos;format: %1&apos; as the first line</source>
        <translation>fügen Sie &apos;format: %1&apos; als erste Zeile hinzu</translation>
    </message>
    <message>
        <source>project format %1 is newer than this Portolan understands (%2)</source>
        <translation>Projektformat %1 ist neuer, als diese Portolan-Version versteht (%2)</translation>
    </message>
    <message>
        <source>open it with a newer Portolan; nothing was changed</source>
        <translation>öffnen Sie es mit einer neueren Portolan-Version; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id</source>
        <translation>&apos;%1&apos; ist keine gültige ID</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 63 characters, starting with a letter or digit</source>
        <translation>verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, höchstens 63 Zeichen, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a pair of numbers like [120, 80]</source>
        <translation>&apos;%1&apos; muss ein Zahlenpaar wie [120, 80] sein</translation>
    </message>
    <message>
        <source>&apos;size&apos; must be positive</source>
        <translation>&apos;size&apos; muss positiv sein</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>a zone</source>
        <translation>eine Zone</translation>
    </message>
    <message>
        <source>unknown zone kind &apos;%1&apos;</source>
        <translation>unbekannte Zonenart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use internet, cloud, datacenter, vpc, subnet, trusted or network</source>
        <translation>verwenden Sie internet, cloud, datacenter, vpc, subnet, trusted oder network</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;</source>
        <translation>unbekannter Anbieter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use aws, gcp, azure, digitalocean or on-premises</source>
        <translation>verwenden Sie aws, gcp, azure, digitalocean oder on-premises</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>eine Komponente</translation>
    </message>
    <message>
        <source>unknown catalog component &apos;%1&apos;</source>
        <translation>unbekannte Katalogkomponente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>run &apos;portolan-cli catalogs&apos; to list components</source>
        <translation>führen Sie &apos;portolan-cli catalogs&apos; aus, um die Komponenten aufzulisten</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;settings&apos; must map setting keys to values</source>
        <translation>&apos;settings&apos; muss Einstellungsschlüssel auf Werte abbilden</translation>
    </message>
    <message>
        <source>a setting key</source>
        <translation>ein Einstellungsschlüssel</translation>
    </message>
    <message>
        <source>a setting value</source>
        <translation>ein Einstellungswert</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; appears twice</source>
        <translation>Einstellung &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no setting &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat keine Einstellung &apos;%2&apos;</translation>
    </message>
    <message>
        <source>known settings: %1</source>
        <translation>bekannte Einstellungen: %1</translation>
    </message>
    <message>
        <source>bad value for &apos;%1&apos;: %2</source>
        <translation>ungültiger Wert für &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;features&apos; must map feature ids to true or false</source>
        <translation>&apos;features&apos; muss Feature-IDs auf true oder false abbilden</translation>
    </message>
    <message>
        <source>a feature id</source>
        <translation>eine Feature-ID</translation>
    </message>
    <message>
        <source>a feature switch</source>
        <translation>ein Feature-Schalter</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no feature &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat kein Feature &apos;%2&apos;</translation>
    </message>
    <message>
        <source>known features: %1</source>
        <translation>bekannte Features: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a redirect</source>
        <translation>eine Umleitung</translation>
    </message>
    <message>
        <source>a redirect&apos;s protocol must be tcp or udp</source>
        <translation>das Protokoll einer Umleitung muss tcp oder udp sein</translation>
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
        <translation>ein Knoten</translation>
    </message>
    <message>
        <source>%1 addresses for %2 host(s)</source>
        <translation>%1 Adressen für %2 Host(s)</translation>
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
        <translation>ein Listener</translation>
    </message>
    <message>
        <source>a listener&apos;s protocol must be tcp or udp</source>
        <translation>das Protokoll eines Listeners muss tcp oder udp sein</translation>
    </message>
    <message>
        <source>&apos;port&apos;</source>
        <translation>&apos;port&apos;</translation>
    </message>
    <message>
        <source>&apos;tls&apos; must be terminate or passthrough</source>
        <translation>&apos;tls&apos; muss terminate oder passthrough sein</translation>
    </message>
    <message>
        <source>a load balancer</source>
        <translation>ein Load Balancer</translation>
    </message>
    <message>
        <source>&apos;listeners&apos;</source>
        <translation>&apos;listeners&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not address:port</source>
        <translation>%1 &apos;%2&apos; ist nicht adresse:port</translation>
    </message>
    <message>
        <source>write it like 192.0.2.5:9000, 192.0.2.5:50000-60000 or [2001:db8::5]:443</source>
        <translation>schreiben Sie es wie 192.0.2.5:9000, 192.0.2.5:50000-60000 oder [2001:db8::5]:443</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has a port outside 1–65535 or a range upside down</source>
        <translation>%1 &apos;%2&apos; hat einen Port außerhalb von 1–65535 oder einen umgekehrten Bereich</translation>
    </message>
    <message>
        <source>a NAT mapping</source>
        <translation>eine NAT-Zuordnung</translation>
    </message>
    <message>
        <source>a NAT mapping&apos;s protocol must be tcp or udp</source>
        <translation>das Protokoll einer NAT-Zuordnung muss tcp oder udp sein</translation>
    </message>
    <message>
        <source>write one mapping per protocol</source>
        <translation>schreiben Sie eine Zuordnung pro Protokoll</translation>
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
        <translation>der innere Bereich hat %1 Ports, der äußere aber %2</translation>
    </message>
    <message>
        <source>a NAT layer</source>
        <translation>eine NAT-Schicht</translation>
    </message>
    <message>
        <source>&apos;mappings&apos;</source>
        <translation>&apos;mappings&apos;</translation>
    </message>
    <message>
        <source>a firewall</source>
        <translation>eine Firewall</translation>
    </message>
    <message>
        <source>a zone id</source>
        <translation>eine Zonen-ID</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>eine Verbindung</translation>
    </message>
    <message>
        <source>unknown link kind &apos;%1&apos;</source>
        <translation>unbekannte Verbindungsart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use vpn or peering</source>
        <translation>verwenden Sie vpn oder peering</translation>
    </message>
    <message>
        <source>&apos;between&apos; must list exactly two zones</source>
        <translation>&apos;between&apos; muss genau zwei Zonen aufführen</translation>
    </message>
    <message>
        <source>a link needs two different zones</source>
        <translation>eine Verbindung braucht zwei verschiedene Zonen</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>ein Client</translation>
    </message>
    <message>
        <source>unknown client role &apos;%1&apos;</source>
        <translation>unbekannte Client-Rolle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use users, admins or devices</source>
        <translation>verwenden Sie users, admins oder devices</translation>
    </message>
    <message>
        <source>&apos;uses&apos;</source>
        <translation>&apos;uses&apos;</translation>
    </message>
    <message>
        <source>a use</source>
        <translation>eine Nutzung</translation>
    </message>
    <message>
        <source>this is a folder, not a project file</source>
        <translation>das ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>cannot open the project: %1</source>
        <translation>das Projekt kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>file is %1 bytes, larger than the %2-byte limit</source>
        <translation>die Datei ist %1 Bytes groß, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>split the file or remove unrelated content</source>
        <translation>teilen Sie die Datei auf oder entfernen Sie nicht zugehörige Inhalte</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is already used on line %2</source>
        <translation>ID &apos;%1&apos; wird bereits in Zeile %2 verwendet</translation>
    </message>
    <message>
        <source>every element needs its own id</source>
        <translation>jedes Element braucht eine eigene ID</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos; ist unbekannt</translation>
    </message>
    <message>
        <source>define it first or fix the id</source>
        <translation>definieren Sie es zuerst oder korrigieren Sie die ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, but a %3 is needed here</source>
        <translation>&apos;%1&apos; ist vom Typ %2, hier wird aber %3 benötigt</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is inside itself (its parents form a cycle)</source>
        <translation>Zone &apos;%1&apos; liegt in sich selbst (ihre übergeordneten Zonen bilden einen Zyklus)</translation>
    </message>
    <message>
        <source>fix the &apos;parent&apos; of one of the zones</source>
        <translation>korrigieren Sie &apos;parent&apos; einer der Zonen</translation>
    </message>
    <message>
        <source>NAT layer &apos;%1&apos; has the same zone inside and outside</source>
        <translation>NAT-Schicht &apos;%1&apos; hat innen und außen dieselbe Zone</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; does not run &apos;%2&apos;</source>
        <translation>Knoten &apos;%1&apos; betreibt &apos;%2&apos; nicht</translation>
    </message>
    <message>
        <source>add the component to the node or pick another target</source>
        <translation>fügen Sie die Komponente dem Knoten hinzu oder wählen Sie ein anderes Ziel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat keinen Port &apos;%2&apos;</translation>
    </message>
    <message>
        <source>ports: %1</source>
        <translation>Ports: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; offers no port &apos;%2&apos;</source>
        <translation>&apos;%1&apos; bietet keinen Port &apos;%2&apos; an</translation>
    </message>
    <message>
        <source>list at most one IPv4 and one IPv6 address per host: raise &apos;count&apos; or remove addresses</source>
        <translation>führen Sie höchstens eine IPv4- und eine IPv6-Adresse pro Host auf: erhöhen Sie &apos;count&apos; oder entfernen Sie Adressen</translation>
    </message>
    <message>
        <source>unknown host firewall &apos;%1&apos;</source>
        <translation>unbekannte Host-Firewall &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>verwenden Sie eine von: %1</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no chain on this hook (the kernel accepts)</source>
        <translation>keine Chain an diesem Hook (der Kernel akzeptiert)</translation>
    </message>
    <message>
        <source>policy %1 of %2</source>
        <translation>Policy %1 von %2</translation>
    </message>
    <message>
        <source>not admitted: %1</source>
        <translation>nicht zugelassen: %1</translation>
    </message>
    <message>
        <source>egress open by policy, as Portolan&apos;s host exports leave it</source>
        <translation>Egress per Policy offen, wie ihn die Host-Exporte von Portolan belassen</translation>
    </message>
    <message>
        <source>forwarded traffic (chain %1): not compared, a host point plans no routed traffic</source>
        <translation>weitergeleiteter Verkehr (Chain %1): nicht verglichen, ein Host-Punkt plant keinen gerouteten Verkehr</translation>
    </message>
    <message>
        <source>can never match a new connection</source>
        <translation>kann nie auf eine neue Verbindung passen</translation>
    </message>
    <message>
        <source>earlier rules decide all it matches: %1</source>
        <translation>frühere Regeln entscheiden alles, worauf sie passt: %1</translation>
    </message>
    <message numerus="yes">
        <source>the plan has %n %1 rule(s) for this point, but no file of today&apos;s rules speaks for %1: not compared</source>
        <translation>
            <numerusform>der Plan hat %n %1-Regel für diesen Punkt, aber keine Datei der aktuellen Regeln gilt für %1: nicht verglichen</numerusform>
            <numerusform>der Plan hat %n %1-Regeln für diesen Punkt, aber keine Datei der aktuellen Regeln gilt für %1: nicht verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>  today&apos;s rules: %1 (compared: %2)</source>
        <translation>  aktuelle Regeln: %1 (verglichen: %2)</translation>
    </message>
    <message>
        <source>  result: today&apos;s rules equal the plan (%1 planned rules covered)</source>
        <translation>  Ergebnis: aktuelle Regeln entsprechen dem Plan (%1 geplante Regeln abgedeckt)</translation>
    </message>
    <message>
        <source>  result: differs: %1 blocked, %2 extra, %3 shadowed, %4 redundant, %5 not understood</source>
        <translation>  Ergebnis: abweichend: %1 blockiert, %2 zusätzlich, %3 verdeckt, %4 redundant, %5 nicht verstanden</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <source>Shadowed</source>
        <translation>Verdeckt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Today&apos;s rules: %1 (compared: %2)</source>
        <translation>Heutige Regeln: %1 (verglichen: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>equal to the plan</source>
        <translation>gleich dem Plan</translation>
    </message>
    <message>
        <source>%1 blocked, %2 extra, %3 shadowed, %4 redundant, %5 not understood</source>
        <translation>%1 blockiert, %2 zusätzlich, %3 verdeckt, %4 redundant, %5 nicht verstanden</translation>
    </message>
    <message>
        <source>Today&apos;s rules against the plan</source>
        <translation>Heutige Regeln im Vergleich zum Plan</translation>
    </message>
</context>
<context>
    <name>RemoveElementsEdit</name>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReparentEdit</name>
    <message>
        <source>Move into %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
</context>
<context>
    <name>ResizeZoneEdit</name>
    <message>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
</context>
<context>
    <name>RulesFile</name>
    <message>
        <source>not a rules file this reader knows: expected `iptables-save` / `ip6tables-save` output or `nft -j list ruleset` JSON</source>
        <translation>keine Regeldatei, die dieser Leser kennt: erwartet wird eine Ausgabe von `iptables-save` / `ip6tables-save` oder JSON von `nft -j list ruleset`</translation>
    </message>
    <message>
        <source>a plain `nft list ruleset` is not read; run `nft -j list ruleset` instead</source>
        <translation>ein einfaches `nft list ruleset` wird nicht gelesen; führen Sie stattdessen `nft -j list ruleset` aus</translation>
    </message>
</context>
<context>
    <name>RulesFolder</name>
    <message>
        <source>Today&apos;s rules in %1 against the plan</source>
        <translation>Heutige Regeln in %1 im Vergleich zum Plan</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of today&apos;s rules not mapped to a point: not compared</source>
        <translation>
            <numerusform>%n Datei der heutigen Regeln keinem Punkt zugeordnet: nicht verglichen</numerusform>
            <numerusform>%n Dateien der heutigen Regeln keinem Punkt zugeordnet: nicht verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Mapped by</source>
        <translation>Zugeordnet durch</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Files and the points they stand for</source>
        <translation>Dateien und die Punkte, für die sie stehen</translation>
    </message>
    <message>
        <source>its name names %1</source>
        <translation>ihr Name nennt %1</translation>
    </message>
    <message>
        <source>map it with --map %1=POINT</source>
        <translation>ordnen Sie sie mit --map %1=POINT zu</translation>
    </message>
    <message>
        <source>its groups %1 are those of %2 alone</source>
        <translation>ihre Gruppen %1 gehören allein zu %2</translation>
    </message>
    <message>
        <source>its policies isolate the pods %1 of %2 alone</source>
        <translation>ihre Richtlinien isolieren die Pods %1, die allein zu %2 gehören</translation>
    </message>
    <message>
        <source>its rules name %1 as the host&apos;s own address, which %2 alone has</source>
        <translation>ihre Regeln nennen %1 als eigene Adresse des Hosts, die nur %2 hat</translation>
    </message>
    <message>
        <source>its name fits several points (%1): %2</source>
        <translation>ihr Name passt zu mehreren Punkten (%1): %2</translation>
    </message>
    <message>
        <source>what it names is several points&apos; own (%1): %2</source>
        <translation>was sie nennt, gehört mehreren Punkten (%1): %2</translation>
    </message>
    <message>
        <source>its name names no point: name it after the point its iptables files are for, or %1</source>
        <translation>ihr Name nennt keinen Punkt: benennen Sie sie nach dem Punkt, für den die iptables-Dateien bestimmt sind, oder %1</translation>
    </message>
    <message>
        <source>neither its name nor its content names a point: %1</source>
        <translation>weder ihr Name noch ihr Inhalt nennt einen Punkt: %1</translation>
    </message>
    <message>
        <source>not a file of today&apos;s rules (iptables-save, nft -j, describe-security-groups, NetworkPolicy YAML, ipset save): skipped</source>
        <translation>keine Datei der heutigen Regeln (iptables-save, nft -j, describe-security-groups, NetworkPolicy YAML, ipset save): übersprungen</translation>
    </message>
    <message>
        <source>a plain `nft list ruleset` is not read: run `nft -j list ruleset`</source>
        <translation>ein einfaches `nft list ruleset` wird nicht gelesen: führen Sie `nft -j list ruleset` aus</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>a %1 file cannot stand for &apos;%2&apos;</source>
        <translation>eine %1-Datei kann nicht für &apos;%2&apos; stehen</translation>
    </message>
    <message>
        <source>the points are: %1</source>
        <translation>die Punkte sind: %1</translation>
    </message>
    <message>
        <source>mapped by hand to %1</source>
        <translation>von Hand %1 zugeordnet</translation>
    </message>
    <message>
        <source>no such file in the folder</source>
        <translation>keine solche Datei im Ordner</translation>
    </message>
    <message>
        <source>today&apos;s rules in %1</source>
        <translation>heutige Regeln in %1</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>result: %n point(s) compared</source>
        <translation>
            <numerusform>Ergebnis: %n Punkt verglichen</numerusform>
            <numerusform>Ergebnis: %n Punkte verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ</source>
        <translation>
            <numerusform>%n weicht ab</numerusform>
            <numerusform>%n weichen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of today&apos;s rules not mapped to a point</source>
        <translation>
            <numerusform>%n Datei der heutigen Regeln keinem Punkt zugeordnet</numerusform>
            <numerusform>%n Dateien der heutigen Regeln keinem Punkt zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>choose its point in the Point column</source>
        <translation>wählen Sie ihren Punkt in der Spalte Punkt</translation>
    </message>
</context>
<context>
    <name>SafeYaml</name>
    <message>
        <source>anchors and aliases (&amp;, *) are not supported</source>
        <translation>Anker und Aliase (&amp;, *) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>more than %1 YAML nodes</source>
        <translation>mehr als %1 YAML-Knoten</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>file is %1 bytes, larger than the %2-byte limit</source>
        <translation>die Datei ist %1 Bytes groß, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>split the file or remove unrelated content</source>
        <translation>teilen Sie die Datei auf oder entfernen Sie nicht zugehörige Inhalte</translation>
    </message>
    <message>
        <source>binary data (a NUL byte) in a text file</source>
        <translation>Binärdaten (ein NUL-Byte) in einer Textdatei</translation>
    </message>
    <message>
        <source>a control character (U+%1) in a text file</source>
        <translation>ein Steuerzeichen (U+%1) in einer Textdatei</translation>
    </message>
    <message>
        <source>check that this is a Portolan YAML file</source>
        <translation>prüfen Sie, ob dies eine Portolan-YAML-Datei ist</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>more than one YAML document in the file</source>
        <translation>mehr als ein YAML-Dokument in der Datei</translation>
    </message>
    <message>
        <source>keep a single document; remove extra &apos;---&apos; lines</source>
        <translation>behalten Sie ein einziges Dokument; entfernen Sie überzählige &apos;---&apos;-Zeilen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>simplify the file</source>
        <translation>vereinfachen Sie die Datei</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot parse the file: %1</source>
        <translation>die Datei kann nicht geparst werden: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>file is larger than the %1-byte limit</source>
        <translation>die Datei ist größer als die Grenze von %1 Bytes</translation>
    </message>
</context>
<context>
    <name>TopologyChecks</name>
    <message>
        <source>%1 (%2) overlaps %3 (%4); both are in %5, so an address in the overlap has two zones and rules for either zone would also admit the other.</source>
        <translation>%1 (%2) überschneidet sich mit %3 (%4); beide liegen in %5, daher gehört eine Adresse in der Überschneidung zu zwei Zonen, und Regeln für eine der Zonen würden auch die andere zulassen.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>Give sibling zones disjoint CIDRs; nest one zone inside the other if it is part of it.</source>
        <translation>Geben Sie benachbarten Zonen disjunkte CIDRs; verschachteln Sie eine Zone in der anderen, wenn sie ein Teil davon ist.</translation>
    </message>
    <message>
        <source>%1 runs no component, so no flow reaches or leaves it.</source>
        <translation>%1 betreibt keine Komponente, daher erreicht oder verlässt ihn kein Fluss.</translation>
    </message>
    <message>
        <source>No flow reaches or leaves %1.</source>
        <translation>Kein Fluss erreicht oder verlässt %1.</translation>
    </message>
    <message>
        <source>Give it a component and a client that uses it, or remove it.</source>
        <translation>Geben Sie ihm eine Komponente und einen Client, der sie nutzt, oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 uses nothing, so it gets no flow.</source>
        <translation>%1 nutzt nichts und erhält daher keinen Fluss.</translation>
    </message>
    <message>
        <source>Add what it uses (a node or load balancer and port), or remove it.</source>
        <translation>Fügen Sie hinzu, was er nutzt (einen Knoten oder Load Balancer und Port), oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Place something in it, or remove it.</source>
        <translation>Platzieren Sie etwas darin, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Nothing is in %1: no node, load balancer, client or nested zone, no NAT, firewall or link uses it, and no flow comes from or goes to it.</source>
        <translation>%1 ist leer: Kein Knoten, Load Balancer, Client oder verschachtelte Zone, kein NAT, keine Firewall und keine Verbindung nutzt sie, und kein Fluss kommt aus ihr oder geht zu ihr.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 cluster spans %2 (%3), which has no VPN or peering link to %4; %5 assumes a flat network between cluster members.</source>
        <translation>Der %1-Cluster erstreckt sich über %2 (%3), das keine VPN- oder Peering-Verbindung zu %4 hat; %5 setzt ein flaches Netz zwischen den Cluster-Mitgliedern voraus.</translation>
    </message>
    <message>
        <source>Add a VPN or peering link from %1 to %2.</source>
        <translation>Fügen Sie eine VPN- oder Peering-Verbindung von %1 zu %2 hinzu.</translation>
    </message>
</context>
<context>
    <name>UfwExporter</name>
    <message>
        <source>ufw (command script)</source>
        <translation>ufw (Befehlsskript)</translation>
    </message>
    <message>
        <source>On each node, as root: run `bash FILE`. It resets ufw (ufw keeps the old rules as /etc/ufw/*.rules.DATE backups), sets the default policies, adds the rules and enables ufw. Try it first with a dry run: `ufw` accepts `--dry-run` on every command. Roll back: copy the backup files over /etc/ufw/user.rules and user6.rules and run `ufw reload`, or `ufw disable`. Egress: `default allow outgoing`; the `allow out` rules list the planned outbound services. Redirects (Kong transparent) cannot be made with ufw commands: the script lists the lines for the *nat section of /etc/ufw/before.rules.</source>
        <translation>Auf jedem Knoten als root: führen Sie `bash FILE` aus. Es setzt ufw zurück (ufw behält die alten Regeln als Sicherungen /etc/ufw/*.rules.DATE), setzt die Standard-Policies, fügt die Regeln hinzu und aktiviert ufw. Probieren Sie es zuerst trocken aus: `ufw` akzeptiert `--dry-run` bei jedem Befehl. Rollback: kopieren Sie die Sicherungsdateien über /etc/ufw/user.rules und user6.rules und führen Sie `ufw reload` aus, oder `ufw disable`. Egress: `default allow outgoing`; die `allow out`-Regeln führen die geplanten ausgehenden Dienste auf. Umleitungen (Kong transparent) lassen sich mit ufw-Befehlen nicht einrichten: das Skript führt die Zeilen für den *nat-Abschnitt von /etc/ufw/before.rules auf.</translation>
    </message>
    <message>
        <source>A rule&apos;s ports were split into %1 ufw rules (at most %2 ports each, a range counts two).</source>
        <translation>Die Ports einer Regel wurden auf %1 ufw-Regeln aufgeteilt (je höchstens %2 Ports, ein Bereich zählt doppelt).</translation>
    </message>
    <message>
        <source>ufw has no command for redirects: add the lines listed at the end of %1 to /etc/ufw/before.rules by hand.</source>
        <translation>ufw hat keinen Befehl für Umleitungen: fügen Sie die am Ende von %1 aufgeführten Zeilen von Hand in /etc/ufw/before.rules ein.</translation>
    </message>
    <message>
        <source>ufw command script for node %1</source>
        <translation>ufw-Befehlsskript für Knoten %1</translation>
    </message>
</context>
<context>
    <name>WindowsExporter</name>
    <message>
        <source>Windows Defender Firewall (PowerShell)</source>
        <translation>Windows Defender Firewall (PowerShell)</translation>
    </message>
    <message>
        <source>On each node, in an elevated PowerShell: export the current policy (`netsh advfirewall export C:\firewall-before.wfw`), then run the script (`powershell -ExecutionPolicy Bypass -File FILE`). It replaces the rules of its group and sets the default actions of every profile. Roll back with `netsh advfirewall import C:\firewall-before.wfw`. Egress: outbound defaults to Allow; the outbound rules list the planned outbound services. Windows keeps its Core Networking rules (IPv6 neighbour discovery, DHCP). Port redirects (Kong transparent) do not exist on Windows.</source>
        <translation>Auf jedem Knoten in einer PowerShell mit erhöhten Rechten: exportieren Sie die aktuelle Richtlinie (`netsh advfirewall export C:\firewall-before.wfw`) und führen Sie dann das Skript aus (`powershell -ExecutionPolicy Bypass -File FILE`). Es ersetzt die Regeln seiner Gruppe und setzt die Standardaktionen jedes Profils. Rollback mit `netsh advfirewall import C:\firewall-before.wfw`. Egress: ausgehend standardmäßig Allow; die ausgehenden Regeln führen die geplanten ausgehenden Dienste auf. Windows behält seine Regeln für Kernnetzwerke (IPv6-Nachbarermittlung, DHCP). Portumleitungen (Kong transparent) gibt es unter Windows nicht.</translation>
    </message>
    <message>
        <source>Windows Firewall cannot redirect ports; the node&apos;s redirects were left out.</source>
        <translation>Die Windows-Firewall kann keine Ports umleiten; die Umleitungen des Knotens wurden ausgelassen.</translation>
    </message>
    <message>
        <source>PowerShell script for node %1 (not validated: no PowerShell on Linux)</source>
        <translation>PowerShell-Skript für Knoten %1 (nicht validiert: kein PowerShell unter Linux)</translation>
    </message>
</context>
<context>
    <name>YamlContext</name>
    <message>
        <source>too many errors; stopping after %1</source>
        <translation>zu viele Fehler; Abbruch nach %1</translation>
    </message>
    <message>
        <source>%1 must be a text value</source>
        <translation>%1 muss ein Textwert sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>%1 muss eine ganze Zahl sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is %2, outside %3–%4</source>
        <translation>%1 ist %2, außerhalb von %3–%4</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a port or a range like 50000-60000</source>
        <translation>%1 &apos;%2&apos; ist weder ein Port noch ein Bereich wie 50000-60000</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is outside 1–65535</source>
        <translation>%1 &apos;%2&apos; liegt außerhalb von 1–65535</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is upside down</source>
        <translation>%1 &apos;%2&apos; ist umgekehrt</translation>
    </message>
    <message>
        <source>write the lower port first: %1-%2</source>
        <translation>schreiben Sie den niedrigeren Port zuerst: %1-%2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an IPv4 or IPv6 network</source>
        <translation>%1 &apos;%2&apos; ist kein IPv4- oder IPv6-Netz</translation>
    </message>
    <message>
        <source>write it like 10.0.0.0/16 or 2001:db8::/32</source>
        <translation>schreiben Sie es wie 10.0.0.0/16 oder 2001:db8::/32</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation>%1 &apos;%2&apos; ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>write it like 192.0.2.10 or 2001:db8::10</source>
        <translation>schreiben Sie es wie 192.0.2.10 oder 2001:db8::10</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Output format: %1.</source>
        <translation>Ausgabeformat: %1.</translation>
    </message>
    <message>
        <source>error: --format must be one of %1, not &apos;%2&apos;</source>
        <translation>Fehler: --format muss eines von %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>error: name a project file</source>
        <translation>Fehler: nennen Sie eine Projektdatei</translation>
    </message>
    <message>
        <source>Probe a running deployment from a zone and report drift from the plan.</source>
        <translation>Eine laufende Bereitstellung aus einer Zone prüfen und Abweichungen vom Plan melden.</translation>
    </message>
    <message>
        <source>Zone of the plan this machine probes from.</source>
        <translation>Zone des Plans, aus der dieser Rechner prüft.</translation>
    </message>
    <message>
        <source>Per-probe timeout in milliseconds.</source>
        <translation>Timeout pro Prüfung in Millisekunden.</translation>
    </message>
    <message>
        <source>Probes in flight at once.</source>
        <translation>Gleichzeitig laufende Prüfungen.</translation>
    </message>
    <message>
        <source>New probes per second at most.</source>
        <translation>Höchstens so viele neue Prüfungen pro Sekunde.</translation>
    </message>
    <message>
        <source>Stop the whole audit after this many seconds.</source>
        <translation>Das gesamte Audit nach so vielen Sekunden abbrechen.</translation>
    </message>
    <message>
        <source>Probe ADDRESS=ADDRESS or CIDR=CIDR instead of the planned address (repeatable).</source>
        <translation>ADRESSE=ADRESSE oder CIDR=CIDR statt der geplanten Adresse prüfen (wiederholbar).</translation>
    </message>
    <message>
        <source>List products, versions, components, settings and ports.</source>
        <translation>Produkte, Versionen, Komponenten, Einstellungen und Ports auflisten.</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 info</source>
        <translation>%1 Fehler, %2 Warnung(en), %3 Hinweis(e)</translation>
    </message>
    <message>
        <source>Review a project: NAT advertise/listen, exposure, limits (exit 1 on errors).</source>
        <translation>Ein Projekt prüfen: NAT-Advertise/Listen, Exposition, Grenzen (Exit-Code 1 bei Fehlern).</translation>
    </message>
    <message>
        <source>Write firewall rules and documents for a target, or all as a bundle.</source>
        <translation>Firewallregeln und Dokumente für ein Ziel schreiben, oder alle als Paket.</translation>
    </message>
    <message>
        <source>Output folder (replaced as a whole).</source>
        <translation>Ausgabeordner (wird als Ganzes ersetzt).</translation>
    </message>
    <message>
        <source>List the export targets.</source>
        <translation>Die Exportziele auflisten.</translation>
    </message>
    <message>
        <source>local (never in a rule): %1 %2 %3 %4</source>
        <translation>lokal (nie in einer Regel): %1 %2 %3 %4</translation>
    </message>
    <message>
        <source>refused: %1 -&gt; %2 %3: %4</source>
        <translation>abgelehnt: %1 -&gt; %2 %3: %4</translation>
    </message>
    <message>
        <source>List every port flow the project needs.</source>
        <translation>Jeden Portfluss auflisten, den das Projekt braucht.</translation>
    </message>
    <message>
        <source>error: --out must name a .svg, .png or .pdf file</source>
        <translation>Fehler: --out muss eine .svg-, .png- oder .pdf-Datei nennen</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Byte)</numerusform>
            <numerusform>%1 geschrieben (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the deployment as SVG, PNG or PDF.</source>
        <translation>Die Bereitstellung als SVG, PNG oder PDF zeichnen.</translation>
    </message>
    <message>
        <source>The drawing to write; the extension picks the format.</source>
        <translation>Die zu schreibende Zeichnung; die Endung bestimmt das Format.</translation>
    </message>
    <message>
        <source>rules: ingress %1 IPv4 / %2 IPv6, egress %3 IPv4 / %4 IPv6</source>
        <translation>Regeln: Ingress %1 IPv4 / %2 IPv6, Egress %3 IPv4 / %4 IPv6</translation>
    </message>
    <message>
        <source>error: no enforcement point &apos;%1&apos;; the points are: %2</source>
        <translation>Fehler: kein Durchsetzungspunkt &apos;%1&apos;; die Punkte sind: %2</translation>
    </message>
    <message>
        <source>Show the compacted rule set of every enforcement point.</source>
        <translation>Den verdichteten Regelsatz jedes Durchsetzungspunkts anzeigen.</translation>
    </message>
    <message>
        <source>Only this enforcement point (e.g. host:kong-a).</source>
        <translation>Nur dieser Durchsetzungspunkt (z. B. host:kong-a).</translation>
    </message>
    <message>
        <source>error: %1: no node &apos;%2&apos;</source>
        <translation>Fehler: %1: kein Knoten &apos;%2&apos;</translation>
    </message>
    <message>
        <source># no advertise/listen settings to propose%1
</source>
        <translation># keine Advertise/Listen-Einstellungen vorzuschlagen%1
</translation>
    </message>
    <message>
        <source>Print the advertise/listen settings review proposes per node.</source>
        <translation>Die Advertise/Listen-Einstellungen ausgeben, die das Review pro Knoten vorschlägt.</translation>
    </message>
    <message>
        <source>Only this node.</source>
        <translation>Nur dieser Knoten.</translation>
    </message>
    <message>
        <source>Usage: portolan-cli COMMAND [options]

Commands:
</source>
        <translation>Aufruf: portolan-cli BEFEHL [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;portolan-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 1 error findings or drift, 2 bad input.
</source>
        <translation>
&apos;portolan-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 ok, 1 Fehlerbefunde oder Abweichung, 2 ungültige Eingabe.
</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>Fehler: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: --%1 must be a whole number from %2 to %3</source>
        <translation>Fehler: --%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>error: --from must name a zone of the plan%1 (zones: %2)</source>
        <translation>Fehler: --from muss eine Zone des Plans nennen%1 (Zonen: %2)</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>probing %1 planned address:port pairs from &apos;%2&apos; (at most %3 at once, %4 per second)</source>
        <translation>prüfe %1 geplante Adresse:Port-Paare aus &apos;%2&apos; (höchstens %3 gleichzeitig, %4 pro Sekunde)</translation>
    </message>
    <message>
        <source>note: %1 node group(s) have no addresses in the plan and are not probed</source>
        <translation>Hinweis: %1 Knotengruppe(n) haben im Plan keine Adressen und werden nicht geprüft</translation>
    </message>
    <message>
        <source>error: name a target with --target NAME or --target all (see export --list)</source>
        <translation>Fehler: nennen Sie ein Ziel mit --target NAME oder --target all (siehe export --list)</translation>
    </message>
    <message>
        <source>error: unknown target &apos;%1&apos;; known: all, %2</source>
        <translation>Fehler: unbekanntes Ziel &apos;%1&apos;; bekannt: all, %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Wrote %1 files to %2</source>
        <translation>%1 Dateien nach %2 geschrieben</translation>
    </message>
    <message>
        <source>... and %1 more %2 findings on %3 (%4 in all; --all lists every one)</source>
        <translation>... und %1 weitere %2-Befunde auf %3 (%4 insgesamt; --all listet jeden auf)</translation>
    </message>
    <message>
        <source>Text: print every finding, also of large groups.</source>
        <translation>Text: jeden Befund ausgeben, auch von großen Gruppen.</translation>
    </message>
    <message>
        <source>explain needs --from ID and --to ID</source>
        <translation>explain braucht --from ID und --to ID</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--protocol must be tcp or udp, not &apos;%1&apos;</source>
        <translation>--protocol muss tcp oder udp sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no element with id &apos;%2&apos;</source>
        <translation>%1: kein Element mit der ID &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no flow from %1 to %2 matches</source>
        <translation>kein Fluss von %1 nach %2 passt</translation>
    </message>
    <message>
        <source>Show the path of the flows from one element to another, hop by hop.</source>
        <translation>Den Pfad der Flüsse von einem Element zu einem anderen zeigen, Hop für Hop.</translation>
    </message>
    <message>
        <source>Source element id.</source>
        <translation>ID des Quellelements.</translation>
    </message>
    <message>
        <source>Destination element id.</source>
        <translation>ID des Zielelements.</translation>
    </message>
    <message>
        <source>Only flows on this port.</source>
        <translation>Nur Flüsse auf diesem Port.</translation>
    </message>
    <message>
        <source>tcp or udp.</source>
        <translation>tcp oder udp.</translation>
    </message>
    <message>
        <source>error: --firewall must be iptables or nftables</source>
        <translation>Fehler: --firewall muss iptables oder nftables sein</translation>
    </message>
    <message>
        <source>error: --only &apos;%1&apos; matches no flow (see portolan-cli flows)</source>
        <translation>Fehler: --only &apos;%1&apos; passt auf keinen Fluss (siehe portolan-cli flows)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>building the lab: %1 namespaces and %2 bridges, %3 probes</source>
        <translation>Lab wird aufgebaut: %1 Namespaces und %2 Bridges, %3 Proben</translation>
    </message>
    <message>
        <source>kept: the namespaces %1* stay (ip netns list); remove each with ip netns del NAME</source>
        <translation>behalten: Die Namespaces %1* bleiben bestehen (ip netns list); entfernen Sie jeden mit ip netns del NAME</translation>
    </message>
    <message>
        <source>interrupted: every namespace of the lab was removed</source>
        <translation>unterbrochen: Jeder Namespace des Labs wurde entfernt</translation>
    </message>
    <message>
        <source>Rehearse the plan in network namespaces with the exported files (root).</source>
        <translation>Den Plan in Network Namespaces mit den exportierten Dateien durchspielen (root).</translation>
    </message>
    <message>
        <source>Host rules to load: iptables or nftables.</source>
        <translation>Zu ladende Host-Regeln: iptables oder nftables.</translation>
    </message>
    <message>
        <source>Leave the namespaces for inspection.</source>
        <translation>Die Namespaces zur Inspektion bestehen lassen.</translation>
    </message>
    <message>
        <source>error: %1: not a git revision</source>
        <translation>Fehler: %1: keine git-Revision</translation>
    </message>
    <message>
        <source>error: %1: no folder %2 to run git in</source>
        <translation>Fehler: %1: kein Ordner %2, in dem git laufen kann</translation>
    </message>
    <message>
        <source>error: %1: cannot run git (%2)</source>
        <translation>Fehler: %1: git kann nicht ausgeführt werden (%2)</translation>
    </message>
    <message>
        <source>error: %1: git show failed: %2</source>
        <translation>Fehler: %1: git show ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>error: --git-driver takes git&apos;s 7 arguments (path old-file old-hex old-mode new-file new-hex new-mode), not %1</source>
        <translation>Fehler: --git-driver erwartet die 7 Argumente von git (path old-file old-hex old-mode new-file new-hex new-mode), nicht %1</translation>
    </message>
    <message>
        <source>note: %1 does not load as a project; showing its lines</source>
        <translation>Hinweis: %1 lässt sich nicht als Projekt laden; seine Zeilen werden angezeigt</translation>
    </message>
    <message>
        <source>error: --fail-on must be new-errors, not &apos;%1&apos;</source>
        <translation>Fehler: --fail-on muss new-errors sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: name two plans: diff OLD NEW (files, /dev/null or REV:PATH)</source>
        <translation>Fehler: nennen Sie zwei Pläne: diff OLD NEW (Dateien, /dev/null oder REV:PATH)</translation>
    </message>
    <message>
        <source>What changes between two plans: elements, flows, rules, findings, files.</source>
        <translation>Was sich zwischen zwei Plänen ändert: Elemente, Flüsse, Regeln, Befunde, Dateien.</translation>
    </message>
    <message>
        <source>Also compare this export target&apos;s files (repeatable, or all; see export --list).</source>
        <translation>Auch die Dateien dieses Exportziels vergleichen (wiederholbar, oder all; siehe export --list).</translation>
    </message>
    <message>
        <source>new-errors: exit 1 only when the new plan has error findings the old did not.</source>
        <translation>new-errors: Exit-Code 1 nur, wenn der neue Plan Fehlerbefunde hat, die der alte nicht hatte.</translation>
    </message>
    <message>
        <source>Where the project lives in the working tree: its catalogs/ folder is used for both sides (git difftool&apos;s $MERGED).</source>
        <translation>Ort des Projekts im Arbeitsverzeichnis: Sein Ordner catalogs/ wird für beide Seiten verwendet ($MERGED von git difftool).</translation>
    </message>
    <message>
        <source>Also report moved and resized canvas elements.</source>
        <translation>Auch verschobene und in der Größe geänderte Elemente der Arbeitsfläche melden.</translation>
    </message>
    <message>
        <source>Run as git&apos;s external diff driver: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE.</source>
        <translation>Als externer Diff-Treiber von git laufen: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE.</translation>
    </message>
    <message>
        <source>Export target ids or families (comma-separated or repeated), or all.</source>
        <translation>IDs oder Familien von Exportzielen (durch Kommas getrennt oder wiederholt), oder all.</translation>
    </message>
    <message>
        <source>Probe only the flows and advertised addresses whose title contains this text (e.g. &quot;kong-a -&gt; kong-b&quot;, &quot;kong-b cluster_advertise&quot;); no must-nots.</source>
        <translation>Nur die Flüsse und bekannt gegebenen Adressen prüfen, deren Titel diesen Text enthält (z. B. &quot;kong-a -&gt; kong-b&quot;, &quot;kong-b cluster_advertise&quot;); keine Verbote.</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>Fehler: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>`ipset save` output the rules&apos; -m set matches name.</source>
        <translation>Ausgabe von `ipset save`, die die Sets der -m set-Matches der Regeln benennt.</translation>
    </message>
    <message>
        <source>error: no host or AWS enforcement point &apos;%1&apos;; the points are: %2</source>
        <translation>Fehler: kein Host- oder AWS-Durchsetzungspunkt &apos;%1&apos;; die Punkte sind: %2</translation>
    </message>
    <message>
        <source>Compare a host&apos;s running firewall rules or AWS security groups with the plan.</source>
        <translation>Die laufenden Firewallregeln eines Hosts oder AWS-Sicherheitsgruppen mit dem Plan vergleichen.</translation>
    </message>
    <message>
        <source>The host or AWS enforcement point (e.g. host:kong-a, sg:web).</source>
        <translation>Der Host- oder AWS-Durchsetzungspunkt (z. B. host:kong-a, sg:web).</translation>
    </message>
    <message>
        <source>--map wants FILE=POINT</source>
        <translation>--map erwartet FILE=POINT</translation>
    </message>
    <message>
        <source>error: usage: reconcile PROJECT --point host:ID|sg:ID FILE... or reconcile PROJECT FOLDER</source>
        <translation>Fehler: Aufruf: reconcile PROJECT --point host:ID|sg:ID FILE... oder reconcile PROJECT FOLDER</translation>
    </message>
    <message>
        <source>With a folder: the point a file stands for, over its name and content (e.g. --map today.rules=host:kong-a).</source>
        <translation>Bei einem Ordner: der Punkt, für den eine Datei steht, vorrangig vor ihrem Namen und Inhalt (z. B. --map today.rules=host:kong-a).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Deployment planner</source>
        <translation>Bereitstellungsplaner</translation>
    </message>
    <message>
        <source>The project file to open.</source>
        <translation>Die zu öffnende Projektdatei.</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Ein Bild des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Use a dark palette, whatever the system&apos;s.</source>
        <translation>Eine dunkle Farbpalette verwenden, unabhängig von der des Systems.</translation>
    </message>
    <message>
        <source>With --screenshot: bring this dock (object name) to the front.</source>
        <translation>Mit --screenshot: dieses Dock (Objektname) in den Vordergrund bringen.</translation>
    </message>
    <message>
        <source>With --screenshot: select this element instead of the first node.</source>
        <translation>Mit --screenshot: dieses Element statt des ersten Knotens auswählen.</translation>
    </message>
    <message>
        <source>With --screenshot: select the flows whose key contains this text.</source>
        <translation>Mit --screenshot: die Flüsse auswählen, deren Schlüssel diesen Text enthält.</translation>
    </message>
    <message>
        <source>With --screenshot: compare the project with this file or REV:PATH.</source>
        <translation>Mit --screenshot: das Projekt mit dieser Datei oder REV:PATH vergleichen.</translation>
    </message>
    <message>
        <source>With --screenshot: type this text into the palette&apos;s filter box.</source>
        <translation>Mit --screenshot: diesen Text in das Filterfeld der Palette eingeben.</translation>
    </message>
</context>
<context>
    <name>portolan::AuditPanel</name>
    <message>
        <source>The zone of the plan this machine stands in: what it must and must not reach follows from it.</source>
        <translation>Die Zone des Plans, in der dieser Rechner steht: daraus folgt, was er erreichen muss und was nicht.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Probes in flight at once.</source>
        <translation>Gleichzeitig laufende Prüfungen.</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>At most this many probes start each second, so the audit never floods the network.</source>
        <translation>Höchstens so viele Prüfungen beginnen pro Sekunde, damit die Prüfung das Netz nie überflutet.</translation>
    </message>
    <message>
        <source>optional, e.g. 192.168.1.0/24=127.0.1.0/24</source>
        <translation>optional, z. B. 192.168.1.0/24=127.0.1.0/24</translation>
    </message>
    <message>
        <source>Probe other addresses than the plan&apos;s: entries PLANNED=PROBED separated by spaces or commas (a test deployment on loopback, a jump address). See docs/audit.md.</source>
        <translation>Andere Adressen als die des Plans prüfen: Einträge GEPLANT=GEPRÜFT, getrennt durch Leerzeichen oder Kommas (eine Testumgebung auf Loopback, eine Sprungadresse). Siehe docs/audit.md.</translation>
    </message>
    <message>
        <source>Probe &amp;from:</source>
        <translation>Prüfen &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>&amp;Gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>Address &amp;map:</source>
        <translation>Adress&amp;zuordnung:</translation>
    </message>
    <message>
        <source>Start Audit…</source>
        <translation>Prüfung starten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Drift only</source>
        <translation>Nur Abweichungen</translation>
    </message>
    <message>
        <source>Not run yet. Probing contacts only the plan&apos;s addresses.</source>
        <translation>Noch nicht gelaufen. Geprüft werden nur die Adressen des Plans.</translation>
    </message>
    <message>
        <source>Probe the deployment?</source>
        <translation>Die Umgebung prüfen?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the zone this machine probes from.</source>
        <translation>Wählen Sie die Zone, aus der dieser Rechner prüft.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Nothing to probe from &apos;%1&apos;: the plan lists no address:port for it.</source>
        <translation>Nichts zu prüfen aus &apos;%1&apos;: der Plan nennt dafür kein Adresse:Port-Paar.</translation>
    </message>
    <message numerus="yes">
        <source>Portolan will now probe %n address:port pair(s) of the plan from &apos;%1&apos; over the network.</source>
        <translation>
            <numerusform>Portolan prüft jetzt %n Adresse:Port-Paar des Plans aus &apos;%1&apos; über das Netz.</numerusform>
            <numerusform>Portolan prüft jetzt %n Adresse:Port-Paare des Plans aus &apos;%1&apos; über das Netz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Addresses contacted: %n, all taken from the plan</source>
        <translation>
            <numerusform>Kontaktierte Adressen: %n, alle aus dem Plan</numerusform>
            <numerusform>Kontaktierte Adressen: %n, alle aus dem Plan</numerusform>
        </translation>
    </message>
    <message>
        <source> (after the address map)</source>
        <translation> (nach der Adresszuordnung)</translation>
    </message>
    <message>
        <source>At most %1 probes at once and %2 per second; about %3 s or more.</source>
        <translation>Höchstens %1 Prüfungen gleichzeitig und %2 pro Sekunde; etwa %3 s oder länger.</translation>
    </message>
    <message>
        <source>Probe only networks you are allowed to test: to intrusion detection this looks like a port scan.</source>
        <translation>Prüfen Sie nur Netze, die Sie testen dürfen: für eine Angriffserkennung sieht das wie ein Portscan aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n node group(s) planned by network only are not probed.</source>
        <translation>
            <numerusform>%n nur per Netz geplante Knotengruppe wird nicht geprüft.</numerusform>
            <numerusform>%n nur per Netz geplante Knotengruppen werden nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit not started: nothing was probed.</source>
        <translation>Prüfung nicht gestartet: nichts wurde geprüft.</translation>
    </message>
    <message>
        <source>Probing from &apos;%1&apos;…</source>
        <translation>Prüfe aus &apos;%1&apos;…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n probe(s).</source>
        <translation>
            <numerusform>Nach %n Prüfung angehalten.</numerusform>
            <numerusform>Nach %n Prüfungen angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) from &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n Prüfung aus &apos;%1&apos;.</numerusform>
            <numerusform>%n Prüfungen aus &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift: %1 open against the plan, %2 planned but closed or filtered, %3 with other TLS.</source>
        <translation>Abweichungen: %1 entgegen dem Plan offen, %2 geplant, aber geschlossen oder gefiltert, %3 mit anderem TLS.</translation>
    </message>
    <message>
        <source>No drift found.</source>
        <translation>Keine Abweichung gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be told (UDP without answer or probe errors).</source>
        <translation>
            <numerusform>%n ließ sich nicht bestimmen (UDP ohne Antwort oder Prüffehler).</numerusform>
            <numerusform>%n ließen sich nicht bestimmen (UDP ohne Antwort oder Prüffehler).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::AuditResultModel</name>
    <message>
        <source>as planned</source>
        <translation>wie geplant</translation>
    </message>
    <message>
        <source>planned open, but closed</source>
        <translation>geplant offen, aber geschlossen</translation>
    </message>
    <message>
        <source>planned open, but filtered</source>
        <translation>geplant offen, aber gefiltert</translation>
    </message>
    <message>
        <source>open, but the plan forbids it</source>
        <translation>offen, obwohl der Plan es verbietet</translation>
    </message>
    <message>
        <source>TLS differs from the plan</source>
        <translation>TLS weicht vom Plan ab</translation>
    </message>
    <message>
        <source>cannot tell (no answer)</source>
        <translation>nicht bestimmbar (keine Antwort)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>probe failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>kein Handshake</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft ab am %2</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Probed at</source>
        <translation>Geprüft an</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
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
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogBrowser</name>
    <message>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>choose another folder</source>
        <translation>wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>The folder holds no catalog files (*.yaml).</source>
        <translation>Der Ordner enthält keine Katalogdateien (*.yaml).</translation>
    </message>
    <message>
        <source>Load Catalog Folder…</source>
        <translation>Katalogordner laden…</translation>
    </message>
    <message>
        <source>Browse the catalogs of another folder (they are not added to the project)</source>
        <translation>Die Kataloge eines anderen Ordners durchsuchen (sie werden dem Projekt nicht hinzugefügt)</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Errors in loaded catalogs (these files were not loaded):</source>
        <translation>Fehler in geladenen Katalogen (diese Dateien wurden nicht geladen):</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Rows: + added in the right version, − removed, ~ changed.</source>
        <translation>Zeilen: + in der rechten Version hinzugefügt, − entfernt, ~ geändert.</translation>
    </message>
    <message>
        <source>Load Catalog Folder</source>
        <translation>Katalogordner laden</translation>
    </message>
    <message numerus="yes">
        <source>%n catalog(s)</source>
        <translation>
            <numerusform>%n Katalog</numerusform>
            <numerusform>%n Kataloge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) loaded for browsing</source>
        <translation>
            <numerusform>%n Ordner zum Durchsuchen geladen</numerusform>
            <numerusform>%n Ordner zum Durchsuchen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a version or a component to see its ports and settings.</source>
        <translation>Wählen Sie eine Version oder eine Komponente, um deren Ports und Einstellungen anzuzeigen.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogDiffModel</name>
    <message>
        <source>Differs in: %1</source>
        <translation>Unterscheidet sich in: %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Id / key</source>
        <translation>ID / Schlüssel</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogEditor</name>
    <message>
        <source>Add Component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <source>Add Port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Problems (as the catalog reader reports them for the file Save writes):</source>
        <translation>Probleme (wie der Katalogleser sie für die Datei meldet, die Speichern schreibt):</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>(new catalog)</source>
        <translation>(neuer Katalog)</translation>
    </message>
    <message>
        <source>%1  %2 %3 · %4</source>
        <translation>%1  %2 %3 · %4</translation>
    </message>
    <message>
        <source>No problems: Save writes %1.</source>
        <translation>Keine Probleme: Speichern schreibt %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): Save writes nothing until they are fixed.</source>
        <translation>
            <numerusform>%n Problem: Speichern schreibt nichts, bis es behoben ist.</numerusform>
            <numerusform>%n Probleme: Speichern schreibt nichts, bis sie behoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog Editor — %1[*]</source>
        <translation>Katalog-Editor — %1[*]</translation>
    </message>
    <message>
        <source>new catalog</source>
        <translation>neuer Katalog</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Neue Komponente</translation>
    </message>
    <message>
        <source>New port</source>
        <translation>Neuer Port</translation>
    </message>
    <message>
        <source>Remove Port</source>
        <translation>Port entfernen</translation>
    </message>
    <message>
        <source>Remove Component</source>
        <translation>Komponente entfernen</translation>
    </message>
    <message>
        <source>a catalog file %1 is already there</source>
        <translation>eine Katalogdatei %1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>give the catalog another id, or open that one with Edit Catalog…</source>
        <translation>geben Sie dem Katalog eine andere Id oder öffnen Sie den vorhandenen mit Katalog bearbeiten…</translation>
    </message>
    <message>
        <source>Saved to %1; the palette and the catalog browser show it.</source>
        <translation>Gespeichert in %1; die Palette und der Katalogbrowser zeigen ihn an.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Unsaved Catalog</source>
        <translation>Ungespeicherter Katalog</translation>
    </message>
    <message>
        <source>Save the changes to this catalog?</source>
        <translation>Änderungen an diesem Katalog speichern?</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; ist keine gültige Id: verwenden Sie Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;</source>
        <translation>unbekannte Quelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>One note per line</source>
        <translation>Ein Hinweis pro Zeile</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Id (file name)</source>
        <translation>Id (Dateiname)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Document (path or URL)</source>
        <translation>Dokument (Pfad oder URL)</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Quelldokumente</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Clustered: its nodes reach each other&apos;s peers ports</source>
        <translation>Geclustert: seine Knoten erreichen gegenseitig ihre Peer-Ports</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>New setting</source>
        <translation>Neue Einstellung</translation>
    </message>
    <message>
        <source>On by default</source>
        <translation>Standardmäßig an</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>New feature</source>
        <translation>Neue Funktion</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>unbekannte Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Port from</source>
        <translation>Port aus</translation>
    </message>
    <message>
        <source>number: a port or range (22, 10000-20000); setting: a setting&apos;s value, plus an offset; between: the range from one port setting to another; any: every port</source>
        <translation>number: ein Port oder Bereich (22, 10000-20000); setting: der Wert einer Einstellung plus ein Offset; between: der Bereich von einer Port-Einstellung bis zu einer anderen; any: jeder Port</translation>
    </message>
    <message>
        <source>Port or range</source>
        <translation>Port oder Bereich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port or range in 1–65535, like 22 or 10000-20000</source>
        <translation>&apos;%1&apos; ist kein Port oder Bereich in 1–65535, etwa 22 oder 10000-20000</translation>
    </message>
    <message>
        <source>To setting</source>
        <translation>Bis Einstellung</translation>
    </message>
    <message>
        <source>Listen entries</source>
        <translation>Listen-Einträge</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Egress to</source>
        <translation>Ausgehend zu</translation>
    </message>
    <message>
        <source>an egress port needs where it connects to: internet or &lt;catalog&gt;/&lt;component&gt;</source>
        <translation>ein ausgehender Port braucht sein Verbindungsziel: internet oder &lt;catalog&gt;/&lt;component&gt;</translation>
    </message>
    <message>
        <source>Optional (the vendor calls it optional)</source>
        <translation>Optional (der Hersteller nennt ihn optional)</translation>
    </message>
    <message>
        <source>Enabled by feature</source>
        <translation>Aktiviert durch Funktion</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos;</source>
        <translation>unbekannte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Quelldokument</translation>
    </message>
    <message>
        <source>Quote (verbatim)</source>
        <translation>Zitat (wörtlich)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A port the product computes from the setting&apos;s port: Redis&apos;s cluster bus is port + 10000</source>
        <translation>Ein Port, den das Produkt aus dem Port der Einstellung berechnet: der Cluster-Bus von Redis ist Port + 10000</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogTable</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogTreeModel</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Compiled into Portolan</source>
        <translation>In Portolan einkompiliert</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>%1 (browsing only)</source>
        <translation>%1 (nur zum Durchsuchen)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not in the project&apos;s catalogs: copy the file into the user catalog folder to use it.</source>
        <translation>Nicht in den Katalogen des Projekts: Kopieren Sie die Datei in den Benutzerkatalogordner, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>%1
Drag onto a node on the canvas to run it there.</source>
        <translation>%1
Ziehen Sie es auf einen Knoten auf der Arbeitsfläche, um es dort auszuführen.</translation>
    </message>
    <message>
        <source>Product / version / component</source>
        <translation>Produkt / Version / Komponente</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>portolan::CompareDialog</name>
    <message>
        <source>Another project &amp;file:</source>
        <translation>Andere Projekt&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>A git &amp;revision of the open file:</source>
        <translation>Eine git-&amp;Revision der offenen Datei:</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>The open plan has not been saved: there is no git history to compare with.</source>
        <translation>Der offene Plan wurde nicht gespeichert: es gibt keine git-Historie zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 does not seem to be in a git work tree.</source>
        <translation>%1 scheint nicht in einem git-Arbeitsverzeichnis zu liegen.</translation>
    </message>
    <message>
        <source>Show what the open plan changes against:</source>
        <translation>Zeigen, was der offene Plan ändert gegenüber:</translation>
    </message>
    <message>
        <source>Portolan projects (*.yaml *.yml);;All files (*)</source>
        <translation>Portolan-Projekte (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Name a revision, for example HEAD or HEAD~1.</source>
        <translation>Nennen Sie eine Revision, zum Beispiel HEAD oder HEAD~1.</translation>
    </message>
</context>
<context>
    <name>portolan::ComparePanel</name>
    <message>
        <source>Leave Compare Mode</source>
        <translation>Vergleichsmodus verlassen</translation>
    </message>
    <message>
        <source>Back to the normal view (Esc)</source>
        <translation>Zurück zur normalen Ansicht (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>The two plans mean the same.</source>
        <translation>Die beiden Pläne bedeuten dasselbe.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
</context>
<context>
    <name>portolan::DeploymentScene</name>
    <message>
        <source>Drop a component on a node to add it there.</source>
        <translation>Legen Sie eine Komponente auf einem Knoten ab, um sie dort hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 already runs %2.</source>
        <translation>%1 betreibt %2 bereits.</translation>
    </message>
    <message>
        <source>Drop it inside a zone: every element sits in one.</source>
        <translation>Legen Sie es in einer Zone ab: jedes Element liegt in einer.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Node group</source>
        <translation>Knotengruppe</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Move into another zone</source>
        <translation>In eine andere Zone verschieben</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Links ausrichten</translation>
    </message>
    <message>
        <source>Align centres horizontally</source>
        <translation>Horizontal mittig ausrichten</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Oben ausrichten</translation>
    </message>
    <message>
        <source>Align centres vertically</source>
        <translation>Vertikal mittig ausrichten</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Vertikal verteilen</translation>
    </message>
    <message>
        <source>Select three or more elements to distribute.</source>
        <translation>Wählen Sie drei oder mehr Elemente zum Verteilen aus.</translation>
    </message>
    <message>
        <source>Select two or more elements to align.</source>
        <translation>Wählen Sie zwei oder mehr Elemente zum Ausrichten aus.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Not connected: click another element to connect to.</source>
        <translation>Nicht verbunden: Klicken Sie auf ein anderes Element, um es zu verbinden.</translation>
    </message>
    <message>
        <source>Click the element to connect %1 to (Escape cancels).</source>
        <translation>Klicken Sie auf das Element, mit dem %1 verbunden werden soll (Escape bricht ab).</translation>
    </message>
</context>
<context>
    <name>portolan::Document</name>
    <message>
        <source>Untitled deployment</source>
        <translation>Unbenannte Bereitstellung</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.

The file on disk is unchanged and your changes are still open. Save to another folder (Save As), or make room on the disk or make the folder writable, then save again.</source>
        <translation>%1 kann nicht gespeichert werden: %2.

Die Datei auf dem Datenträger ist unverändert, und Ihre Änderungen sind weiterhin geöffnet. Speichern Sie in einem anderen Ordner (Speichern unter), oder schaffen Sie Platz auf dem Datenträger bzw. machen Sie den Ordner beschreibbar, und speichern Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>portolan::ElementFindingsLabel</name>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>portolan::ExportDialog</name>
    <message>
        <source>Host firewalls</source>
        <translation>Host-Firewalls</translation>
    </message>
    <message>
        <source>Cloud firewalls and security groups</source>
        <translation>Cloud-Firewalls und Sicherheitsgruppen</translation>
    </message>
    <message>
        <source>Port matrix documents</source>
        <translation>Port-Matrix-Dokumente</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Regeln exportieren</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The bundle replaces this folder as a whole when it is empty or holds an earlier bundle; any other folder is left alone.</source>
        <translation>Das Paket ersetzt diesen Ordner vollständig, wenn er leer ist oder ein früheres Paket enthält; jeder andere Ordner bleibt unangetastet.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Write to folder:</source>
        <translation>In Ordner schreiben:</translation>
    </message>
    <message>
        <source>Write Bundle</source>
        <translation>Paket schreiben</translation>
    </message>
    <message>
        <source>Choose one or more targets.</source>
        <translation>Wählen Sie ein oder mehrere Ziele.</translation>
    </message>
    <message>
        <source>Every target can express the plan within its limits.</source>
        <translation>Jedes Ziel kann den Plan innerhalb seiner Grenzen abbilden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) reported by the targets</source>
        <translation>
            <numerusform>%n Problem von den Zielen gemeldet</numerusform>
            <numerusform>%n Probleme von den Zielen gemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target file set(s) not generated; the README says why</source>
        <translation>
            <numerusform>%n Zieldateisatz nicht erzeugt; die README nennt den Grund</numerusform>
            <numerusform>%n Zieldateisätze nicht erzeugt; die README nennt den Grund</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Rule Bundle</source>
        <translation>Ordner für das Regelpaket</translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation>Wählen Sie mindestens ein Ziel.</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle to.</source>
        <translation>Wählen Sie den Ordner, in den das Paket geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The bundle was not written to %1: %2</source>
        <translation>Das Paket wurde nicht nach %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Nothing there was changed. Choose an empty folder, a new one, or one that holds an earlier bundle, where you are allowed to write.</source>
        <translation>Dort wurde nichts geändert. Wählen Sie einen leeren Ordner, einen neuen oder einen, der ein früheres Paket enthält und in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Network devices: gateways and load balancers</source>
        <translation>Netzwerkgeräte: Gateways und Load Balancer</translation>
    </message>
</context>
<context>
    <name>portolan::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Vorgeschlagene Behebung</translation>
    </message>
</context>
<context>
    <name>portolan::FlowLayer</name>
    <message>
        <source>Flo&amp;ws</source>
        <translation>&amp;Flüsse</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>&amp;Show Flows</source>
        <translation>Flüsse &amp;anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Draw the derived port flows on the canvas</source>
        <translation>Die abgeleiteten Port-Flüsse auf der Zeichenfläche darstellen</translation>
    </message>
    <message>
        <source>Only Flows of the &amp;Selected Elements</source>
        <translation>Nur Flüsse der aus&amp;gewählten Elemente</translation>
    </message>
    <message>
        <source>Draw only the flows that start, end or pass at the selected elements</source>
        <translation>Nur die Flüsse darstellen, die an den ausgewählten Elementen beginnen, enden oder durch sie verlaufen</translation>
    </message>
    <message>
        <source>Draw the flows whose audience is %1</source>
        <translation>Die Flüsse darstellen, deren Zielgruppe %1 ist</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produkte</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s): %1</source>
        <translation>
            <numerusform>%n Fluss: %1</numerusform>
            <numerusform>%n Flüsse: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot work: %1</source>
        <translation>Kann nicht funktionieren: %1</translation>
    </message>
</context>
<context>
    <name>portolan::FlowLegend</name>
    <message>
        <source>Flows:</source>
        <translation>Flüsse:</translation>
    </message>
    <message>
        <source>Cannot work</source>
        <translation>Kann nicht funktionieren</translation>
    </message>
</context>
<context>
    <name>portolan::FlowTableModel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Component · port</source>
        <translation>Komponente · Port</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>cannot work</source>
        <translation>kann nicht funktionieren</translation>
    </message>
    <message>
        <source>cannot work at %1</source>
        <translation>kann nicht funktionieren, endet bei %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>cannot work over %1</source>
        <translation>kann über %1 nicht funktionieren</translation>
    </message>
    <message>
        <source>cannot work over %1 at %2</source>
        <translation>kann über %1 nicht funktionieren, endet bei %2</translation>
    </message>
</context>
<context>
    <name>portolan::FlowsPanel</name>
    <message>
        <source>&amp;Copy Selected Rows as CSV</source>
        <translation>Ausgewählte Zeilen als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All Visible Rows as CSV</source>
        <translation>&amp;Alle sichtbaren Zeilen als CSV kopieren</translation>
    </message>
    <message>
        <source>Search flows…</source>
        <translation>Flüsse durchsuchen…</translation>
    </message>
    <message>
        <source>Only flows that start, end or pass at this element</source>
        <translation>Nur Flüsse, die an diesem Element beginnen, enden oder durch es verlaufen</translation>
    </message>
    <message>
        <source>Only flows of this product</source>
        <translation>Nur Flüsse dieses Produkts</translation>
    </message>
    <message>
        <source>Only flows of this audience</source>
        <translation>Nur Flüsse dieser Zielgruppe</translation>
    </message>
    <message>
        <source>Only flows of this protocol</source>
        <translation>Nur Flüsse dieses Protokolls</translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation>Alle Zielgruppen</translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation>Alle Protokolle</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>Alle Elemente</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flow(s)</source>
        <translation>
            <numerusform>%1 von %n Fluss</numerusform>
            <numerusform>%1 von %n Flüssen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::InspectorPanel</name>
    <message>
        <source>Select an element on the canvas or in the outline to edit it.</source>
        <translation>Wählen Sie ein Element auf der Zeichenfläche oder in der Gliederung aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the catalog default</source>
        <translation>Zurück zum Katalog-Standardwert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
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
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Automatisch gespeichert</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1[*] — Portolan</source>
        <translation>%1[*] — Portolan</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The project was not opened; the current one is unchanged.

%1</source>
        <translation>Das Projekt wurde nicht geöffnet; das aktuelle bleibt unverändert.

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Choose a file name ending in .svg, .png or .pdf.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .svg, .png oder .pdf.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Portolan projects (*.yaml *.yml);;All files (*)</source>
        <translation>Portolan-Projekte (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Portolan projects (*.yaml)</source>
        <translation>Portolan-Projekte (*.yaml)</translation>
    </message>
    <message>
        <source>Export Drawing</source>
        <translation>Zeichnung exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>SVG-Zeichnung (*.svg);;PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Portolan did not close properly. Restore the unsaved changes of %1 from the last autosave?</source>
        <translation>Portolan wurde nicht ordnungsgemäß beendet. Die ungespeicherten Änderungen von %1 aus der letzten automatischen Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>ein unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Drawing…</source>
        <translation>Zeichnung e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Connect Mode</source>
        <translation>&amp;Verbindungsmodus</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Drag from one element to another to connect them (or hold Alt while dragging)</source>
        <translation>Ziehen Sie von einem Element zu einem anderen, um sie zu verbinden (oder halten Sie beim Ziehen Alt gedrückt)</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Am Ra&amp;ster ausrichten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Deriving…</source>
        <translation>Ableitung läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Fluss</numerusform>
            <numerusform>%n Flüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder, or make room on the disk.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner, oder schaffen Sie Platz auf dem Datenträger.</translation>
    </message>
    <message>
        <source>Nothing to paste: what was copied refers to zones this project lacks.</source>
        <translation>Nichts einzufügen: Das Kopierte verweist auf Zonen, die in diesem Projekt fehlen.</translation>
    </message>
    <message>
        <source>Export &amp;Rules…</source>
        <translation>&amp;Regeln exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Alt+Shift+L</source>
        <translation>Alt+Shift+L</translation>
    </message>
    <message>
        <source>Align Centres &amp;Horizontally</source>
        <translation>&amp;Horizontal mittig ausrichten</translation>
    </message>
    <message>
        <source>Alt+Shift+H</source>
        <translation>Alt+Shift+H</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Alt+Shift+R</source>
        <translation>Alt+Shift+R</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Alt+Shift+T</source>
        <translation>Alt+Shift+T</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>&amp;Vertikal mittig ausrichten</translation>
    </message>
    <message>
        <source>Alt+Shift+V</source>
        <translation>Alt+Shift+V</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Alt+Shift+B</source>
        <translation>Alt+Shift+B</translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Hori&amp;zontal verteilen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+H</source>
        <translation>Ctrl+Alt+Shift+H</translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation>V&amp;ertikal verteilen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+V</source>
        <translation>Ctrl+Alt+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Auto Layout</source>
        <translation>&amp;Automatisches Layout</translation>
    </message>
    <message>
        <source>Lay the whole drawing out in layers: clients, load balancers, NAT layers and firewalls, then nodes, with zones sized to their content</source>
        <translation>Die gesamte Zeichnung in Ebenen anordnen: Clients, Load Balancer, NAT-Ebenen und Firewalls, dann Knoten, wobei die Zonen an ihren Inhalt angepasst werden</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <source>NAT Review</source>
        <translation>NAT-Überprüfung</translation>
    </message>
    <message>
        <source>It was written %1.</source>
        <translation>Sie wurde %1 geschrieben.</translation>
    </message>
    <message>
        <source>The project file was saved after it (%1): restoring replaces that version.</source>
        <translation>Die Projektdatei wurde danach gespeichert (%1): Die Wiederherstellung ersetzt diese Version.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Delete Line</source>
        <translation>Zeile &amp;löschen</translation>
    </message>
    <message>
        <source>Flows are derived: delete the connection or element that asks for them</source>
        <translation>Flüsse sind abgeleitet: Löschen Sie die Verbindung oder das Element, das sie anfordert</translation>
    </message>
    <message>
        <source>&amp;Connect from Here</source>
        <translation>Von hier &amp;verbinden</translation>
    </message>
    <message>
        <source>Show Only Flows of %1</source>
        <translation>Nur Flüsse von %1 zeigen</translation>
    </message>
    <message>
        <source>Show Only This Element&apos;s &amp;Flows</source>
        <translation>Nur die &amp;Flüsse dieses Elements zeigen</translation>
    </message>
    <message>
        <source>&amp;Select These Flows</source>
        <translation>Diese Flüsse &amp;auswählen</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Leave Compare Mode</source>
        <translation>Vergleichsmodus verlassen</translation>
    </message>
    <message>
        <source>Compare mode: Esc leaves it</source>
        <translation>Vergleichsmodus: Esc verlässt ihn</translation>
    </message>
    <message>
        <source>Re&amp;concile…</source>
        <translation>&amp;Abgleichen…</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Reconcile: close the dock to leave</source>
        <translation>Abgleich: Schließen Sie das Dock, um ihn zu verlassen</translation>
    </message>
    <message>
        <source>Folder of Today&apos;s Rules</source>
        <translation>Ordner der heutigen Regeln</translation>
    </message>
</context>
<context>
    <name>portolan::NatReviewPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Apply proposed settings</source>
        <translation>Vorgeschlagene Einstellungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>NAT layer / mapping / node port</source>
        <translation>NAT-Ebene / Zuordnung / Knotenport</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>Advertised</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Proposed listen</source>
        <translation>Lauschen (Vorschlag)</translation>
    </message>
    <message>
        <source>Proposed advertise</source>
        <translation>Ankündigen (Vorschlag)</translation>
    </message>
    <message>
        <source>Reached from</source>
        <translation>Erreicht von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review proposes no settings here.</source>
        <translation>Die Überprüfung schlägt hier keine Einstellungen vor.</translation>
    </message>
    <message>
        <source>Copy the proposed settings to the clipboard</source>
        <translation>Vorgeschlagene Einstellungen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Change the node&apos;s settings to the proposed values (one undo step)</source>
        <translation>Die Einstellungen des Knotens auf die vorgeschlagenen Werte ändern (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>%1 (auto-detected)</source>
        <translation>%1 (automatisch erkannt)</translation>
    </message>
    <message>
        <source>external IP (STUN)</source>
        <translation>externe IP (STUN)</translation>
    </message>
    <message>
        <source>differs from the proposal</source>
        <translation>weicht vom Vorschlag ab</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>konsistent</translation>
    </message>
    <message>
        <source>NAT %1: %2 → %3</source>
        <translation>NAT %1: %2 → %3</translation>
    </message>
    <message>
        <source>Mappings (outside → inside)</source>
        <translation>Zuordnungen (außen → innen)</translation>
    </message>
    <message>
        <source>%1  (to %2)</source>
        <translation>%1  (nach %2)</translation>
    </message>
    <message>
        <source>(no static mappings)</source>
        <translation>(keine statischen Zuordnungen)</translation>
    </message>
    <message>
        <source>Nodes behind it</source>
        <translation>Knoten dahinter</translation>
    </message>
    <message>
        <source>(no NAT-sensitive ports behind this NAT)</source>
        <translation>(keine NAT-sensitiven Ports hinter diesem NAT)</translation>
    </message>
    <message>
        <source>Reached without NAT</source>
        <translation>Ohne NAT erreicht</translation>
    </message>
    <message>
        <source>Proposed settings, every node:</source>
        <translation>Vorgeschlagene Einstellungen, alle Knoten:</translation>
    </message>
    <message>
        <source>Proposed settings for %1:</source>
        <translation>Vorgeschlagene Einstellungen für %1:</translation>
    </message>
    <message>
        <source>Change the settings to the proposed values (one undo step)</source>
        <translation>Die Einstellungen auf die vorgeschlagenen Werte ändern (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>The settings already have the proposed values</source>
        <translation>Die Einstellungen haben bereits die vorgeschlagenen Werte</translation>
    </message>
    <message numerus="yes">
        <source>%1 … and %n more</source>
        <translation>
            <numerusform>%1 … und %n weitere</numerusform>
            <numerusform>%1 … und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::OutlinePanel</name>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>portolan::OverviewView</name>
    <message>
        <source>Click or drag to move the canvas there</source>
        <translation>Klicken oder ziehen Sie, um die Zeichenfläche dorthin zu verschieben</translation>
    </message>
</context>
<context>
    <name>portolan::PalettePanel</name>
    <message>
        <source>Drag onto the canvas</source>
        <translation>Auf die Zeichenfläche ziehen</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Node group</source>
        <translation>Knotengruppe</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>NAT layer</source>
        <translation>NAT-Schicht</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
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
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>VPC / network</source>
        <translation>VPC / Netz</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Trusted network</source>
        <translation>Vertrauenswürdiges Netz</translation>
    </message>
    <message>
        <source>Other network</source>
        <translation>Anderes Netz</translation>
    </message>
    <message>
        <source>%1 %2: %3 (drop it on a node)</source>
        <translation>%1 %2: %3 (auf einem Knoten ablegen)</translation>
    </message>
    <message>
        <source>Filter by name or product (Esc clears)</source>
        <translation>Nach Name oder Produkt filtern (Esc leert)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Nichts passt zu „%1“. Kataloge › Neuer Katalog… fügt eine eigene Komponente hinzu.</translation>
    </message>
</context>
<context>
    <name>portolan::PortTableModel</name>
    <message>
        <source>Enabled by the feature %1.</source>
        <translation>Aktiviert durch die Funktion %1.</translation>
    </message>
    <message>
        <source>Switched off by: %1.</source>
        <translation>Ausgeschaltet durch: %1.</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>egress to %1</source>
        <translation>ausgehend zu %1</translation>
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
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Number ← setting</source>
        <translation>Nummer ← Einstellung</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Quelldokument</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
</context>
<context>
    <name>portolan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language applies when Portolan is restarted.</source>
        <translation>Die neue Sprache wird beim Neustart von Portolan wirksam.</translation>
    </message>
    <message>
        <source>Changing the language takes effect after a restart.</source>
        <translation>Die Sprachänderung wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Unsaved work is copied to a recovery file a moment after each edit, and at least this often while you keep editing; 0 turns autosave off.</source>
        <translation>Ungespeicherte Arbeit wird kurz nach jeder Bearbeitung in eine Wiederherstellungsdatei kopiert, und mindestens so oft, während Sie weiter bearbeiten; 0 schaltet das automatische Speichern aus.</translation>
    </message>
    <message>
        <source>&amp;Autosave at least every:</source>
        <translation>&amp;Automatisch speichern mindestens alle:</translation>
    </message>
</context>
<context>
    <name>portolan::ReconcileMode</name>
    <message>
        <source>not compared: chosen in the window</source>
        <translation>nicht verglichen: im Fenster so gewählt</translation>
    </message>
</context>
<context>
    <name>portolan::ReconcileOverlay</name>
    <message>
        <source>Blocked by today&apos;s rules</source>
        <translation>Von den heutigen Regeln blockiert</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s rules admit %n opening(s) the plan does not ask for</source>
        <translation>
            <numerusform>Die heutigen Regeln lassen %n Öffnung zu, die der Plan nicht verlangt</numerusform>
            <numerusform>Die heutigen Regeln lassen %n Öffnungen zu, die der Plan nicht verlangt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ReconcilePanel</name>
    <message>
        <source>Leave Reconcile</source>
        <translation>Abgleich verlassen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Point / status</source>
        <translation>Punkt / Status</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Today&apos;s rule</source>
        <translation>Heutige Regel</translation>
    </message>
    <message>
        <source>Today&apos;s rules in %1</source>
        <translation>Heutige Regeln in %1</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(übersprungen)</translation>
    </message>
    <message>
        <source>(not compared)</source>
        <translation>(nicht verglichen)</translation>
    </message>
    <message>
        <source>equal to the plan</source>
        <translation>gleich dem Plan</translation>
    </message>
    <message>
        <source>%1 blocked, %2 extra</source>
        <translation>%1 blockiert, %2 zusätzlich</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>blockiert %1</translation>
    </message>
    <message>
        <source>extra %1</source>
        <translation>zusätzlich %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) compared</source>
        <translation>
            <numerusform>%n Punkt verglichen</numerusform>
            <numerusform>%n Punkte verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ</source>
        <translation>
            <numerusform>%n weicht ab</numerusform>
            <numerusform>%n weichen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not compared</source>
        <translation>
            <numerusform>%n Datei nicht verglichen</numerusform>
            <numerusform>%n Dateien nicht verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Nicht verglichen: %1</translation>
    </message>
    <message>
        <source>Comparing today&apos;s rules with the plan…</source>
        <translation>Heutige Regeln werden mit dem Plan verglichen…</translation>
    </message>
</context>
<context>
    <name>portolan::ReviewPanel</name>
    <message>
        <source>Show or hide findings of this severity</source>
        <translation>Befunde dieses Schweregrads ein- oder ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Review — no findings</source>
        <translation>Überprüfung — keine Befunde</translation>
    </message>
    <message>
        <source>Review — %1, %2, %3</source>
        <translation>Überprüfung — %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>portolan::RulesModel</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 weitere)</translation>
    </message>
    <message>
        <source>host firewall</source>
        <translation>Host-Firewall</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>boundary firewall</source>
        <translation>Perimeter-Firewall</translation>
    </message>
    <message>
        <source>load balancer group</source>
        <translation>Load-Balancer-Gruppe</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>A %1 allows %2 per direction and family.</source>
        <translation>Für %1 sind %2 je Richtung und Familie erlaubt.</translation>
    </message>
    <message>
        <source>A %1 allows %2 in all.</source>
        <translation>Für %1 sind insgesamt %2 erlaubt.</translation>
    </message>
    <message>
        <source>This target states no rule limit.</source>
        <translation>Für dieses Ziel ist kein Regellimit angegeben.</translation>
    </message>
    <message>
        <source>Over the limit: the export needs fewer, wider rules or more groups.</source>
        <translation>Über dem Limit: Der Export benötigt weniger, breitere Regeln oder mehr Gruppen.</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Applies to: %1</source>
        <translation>Gilt für: %1</translation>
    </message>
    <message numerus="yes">
        <source>Allows %n flow(s)</source>
        <translation>
            <numerusform>Erlaubt %n Fluss</numerusform>
            <numerusform>Erlaubt %n Flüsse</numerusform>
        </translation>
    </message>
    <message>
        <source>Enforcement point / direction</source>
        <translation>Durchsetzungspunkt / Richtung</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Peers or group</source>
        <translation>Gegenstellen oder Gruppe</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Rules / limit</source>
        <translation>Regeln / Limit</translation>
    </message>
</context>
<context>
    <name>portolan::RulesPanel</name>
    <message>
        <source>Search rules (point, port, address, comment)…</source>
        <translation>Regeln durchsuchen (Punkt, Port, Adresse, Kommentar)…</translation>
    </message>
</context>
<context>
    <name>portolan::SettingTableModel</name>
    <message>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Quelldokument</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>chain %1: jumps nest deeper than 64 (a loop?)</source>
        <translation>Chain %1: Sprünge sind tiefer als 64 verschachtelt (eine Schleife?)</translation>
    </message>
    <message>
        <source>jump to a chain that does not exist: %1</source>
        <translation>Sprung zu einer Chain, die nicht existiert: %1</translation>
    </message>
</context>
</TS>
