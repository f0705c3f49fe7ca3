import { Icon, type IconProps } from "@/components/icons/icon";

export const BellIcon = (props: IconProps) => (
  <Icon {...props}>
    <path strokeLinejoin="round" d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15L6 16Z" />
    <path strokeLinecap="round" d="M10 20.5a2.2 2.2 0 0 0 4 0" />
  </Icon>
);
