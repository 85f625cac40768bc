// The parts of Discord's interaction JSON the adapter reads (the same shape over the gateway and over HTTP).

export interface DiscordUser {
  id: string;
  username?: string;
  global_name?: string | null;
}

export interface DiscordAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  content_type?: string;
}

export interface DiscordEmbed {
  title?: string;
  description?: string;
  footer?: { text: string };
}

export interface DiscordMessage {
  id: string;
  content: string;
  attachments?: DiscordAttachment[];
  embeds?: DiscordEmbed[];
}

export interface DiscordOptionValue {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: DiscordOptionValue[];
}

/** A modal's submitted component: classic action rows (type 1) or labels (type 18) around text inputs. */
export interface DiscordModalComponent {
  type: number;
  custom_id?: string;
  value?: string;
  components?: DiscordModalComponent[];
  component?: DiscordModalComponent;
}

export interface DiscordInteraction {
  id: string;
  application_id: string;
  type: number;
  token: string;
  guild_id?: string;
  channel_id?: string;
  channel?: { id: string };
  locale?: string;
  /** In a server: the member, their role ids and their permissions in the channel (a bit set as a string). */
  member?: { user: DiscordUser; roles?: string[]; permissions?: string };
  user?: DiscordUser;
  message?: DiscordMessage;
  data?: {
    id?: string;
    name?: string;
    type?: number;
    options?: DiscordOptionValue[];
    target_id?: string;
    resolved?: { messages?: Record<string, DiscordMessage>; attachments?: Record<string, DiscordAttachment> };
    custom_id?: string;
    component_type?: number;
    components?: DiscordModalComponent[];
  };
}

export function interactionUser(interaction: DiscordInteraction): DiscordUser {
  return interaction.member?.user ?? interaction.user ?? { id: 'unknown' };
}

export function interactionChannel(interaction: DiscordInteraction): string | undefined {
  return interaction.channel_id ?? interaction.channel?.id;
}
